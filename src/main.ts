import { hydrate, mount } from 'svelte';
import story from 'virtual:story';
import App from './App.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

// The built page arrives prerendered and is hydrated; the dev server sends an empty shell.
const start = () => (target.firstElementChild ? hydrate : mount)(App, { target, props: { story } });
// Let the browser paint the prerendered text first: hydration would otherwise hold the first frame.
if (target.firstElementChild) requestAnimationFrame(() => setTimeout(start, 0));
else start();
