import { hydrate, mount } from 'svelte';
import story from 'virtual:story';
import App from './App.svelte';
import { readModes } from './lib/modes/modes';
import { startMapEarly } from './lib/map/load-map';
import { hasWebGL2 } from './lib/fallback/webgl';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

// `?present` and `?embed` (README.md, "Presenting, embedding, offline"); they start once the page is live.
const props = { story, modes: readModes(location.search), classroomPage: document.documentElement.dataset.view === 'classroom' };
// The built page arrives prerendered and is hydrated; the dev server sends an empty shell.
const start = () => (target.firstElementChild ? hydrate : mount)(App, { target, props });
const fonts = () => import('./lib/fonts/web-fonts').catch((err: unknown) => console.info('The web fonts could not load; the text keeps its fallback faces.', err));
// MapLibre's worker starts as soon as the page has hydrated, before the map is made (without WebGL2 the page draws the SVG map and needs neither).
const early = () => hasWebGL2() && startMapEarly();
// Let the browser paint the prerendered text first: hydration, and fonts found
// before that paint, would otherwise hold the first frame.
if (target.firstElementChild) {
  requestAnimationFrame(() =>
    setTimeout(() => {
      void fonts();
      start();
      early();
    }, 0)
  );
} else {
  void fonts();
  start();
  early();
}
