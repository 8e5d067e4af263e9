import { hydrate, mount } from 'svelte';
import story from 'virtual:story';
import App from './App.svelte';
import { readModes } from './lib/modes/modes';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

// `?present` and `?embed` (README.md, "Presenting, embedding, offline"); they start once the page is live.
const props = { story, modes: readModes(location.search), classroomPage: document.documentElement.dataset.view === 'classroom' };
// The built page arrives prerendered and is hydrated; the dev server sends an empty shell.
const start = () => (target.firstElementChild ? hydrate : mount)(App, { target, props });
const fonts = () => import('./lib/fonts/web-fonts').catch((err: unknown) => console.info('The web fonts could not load; the text keeps its fallback faces.', err));
const go = () => {
  void fonts();
  start();
};
// Let the browser paint the prerendered text first: hydration, and fonts found
// before that paint, would otherwise hold the first frame.
if (target.firstElementChild) requestAnimationFrame(() => setTimeout(go, 0));
else go();
