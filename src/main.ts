import { hydrate, mount } from 'svelte';
import App from './App.svelte';
import { readPageData, type PageData } from './lib/content/page-data';
import { isPresenterView, readModes } from './lib/modes/modes';
import { loadMapView } from './lib/map/load-map';
import { hasWebGL2 } from './lib/fallback/webgl';
import { mapSettled } from './lib/map/map-settled';
import { goLiveWhen } from './lib/layout/live';
import { keepReadingPlace } from './lib/scroll/reading-place';
import { fetchFirstFaces } from './lib/fonts/first-faces';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

// The built page carries its edition's story; the dev server's empty shell gets the source edition.
const embedded = readPageData(document);
// A reload puts the reader back on their step (lib/scroll/reading-place.ts): before the first paint
// where this script runs before it, so that the page does not show the headline first. The embed's
// frame scrolls inside the host's page, and the stepping views keep their place in the address.
const modes = readModes(location.search);
if (!modes.embed) keepReadingPlace(window, !modes.present && !modes.print);
// `?present` and `?embed` (README.md, "Presenting, embedding, offline"); they start once the page is live.
const props = (page: PageData) => ({ ...page, modes, classroomPage: document.documentElement.dataset.view === 'classroom' });
// The built page arrives prerendered and is hydrated; the dev server sends an empty shell.
const start = (page: PageData) => {
  // The steps out of sight, left unlaid for the first paint (StepCard.svelte), are laid out once the
  // reader moves or the map has drawn (lib/layout/live.ts).
  goLiveWhen(window, mapSettled, 4000);
  // For the host's own timing, and the browser test that the map's code comes sooner.
  performance.mark('story:hydrate');
  return (target.firstElementChild ? hydrate : mount)(App, { target, props: props(page) });
};
const fonts = () => import('./lib/fonts/web-fonts').catch((err: unknown) => console.info('The web fonts could not load; the text keeps its fallback faces.', err));
// The map's code is asked for before hydration, where WebGL works: it downloads and compiles off
// the main thread while the page hydrates, and MapLibre's worker boots as soon as it has run
// (lib/map/load-map.ts). Before the text has painted, it waits for that paint, like the fonts.
// The presenter view (opened by a projector's window) draws its small maps as SVG: it needs none of it.
const presenterView = isPresenterView(modes, window);
const mapCode = () => {
  if (hasWebGL2() && !presenterView) loadMapView().catch(() => undefined); // the map stage asks again, and handles a failure
};
const painted = performance.getEntriesByType('paint').length > 0;
if (painted) mapCode();
const go = () => {
  fetchFirstFaces(document);
  void fonts();
  if (!painted) mapCode();
  if (embedded) start(embedded);
  else if (import.meta.env.DEV) void import('virtual:story').then((m) => start({ story: m.default, editions: [] }));
  else throw new Error('This page carries no story data (#story-data): was it built by npm run build?');
};
// Let the browser paint the prerendered text first: hydration, and fonts found
// before that paint, would otherwise hold the first frame.
if (target.firstElementChild) requestAnimationFrame(() => setTimeout(go, 0));
else go();
