import { hydrate, mount } from 'svelte';
import App from './App.svelte';
import { readPageData, type PageData } from './lib/content/page-data';
import { readModes } from './lib/modes/modes';
import { prefetchMapCode } from './lib/map/prefetch-map';
import { hasWebGL2 } from './lib/fallback/webgl';
import { mapSettled } from './lib/map/map-settled';
import { goLiveWhen } from './lib/layout/live';
import { keepReadingPlace } from './lib/scroll/reading-place';
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
// Where the text painted before this script ran (a slow line or a slow phone), the map's code
// downloads while the page hydrates, not after it. On a fast load it is fetched after hydration,
// where a prefetch would only compete with hydration for the CPU (measured: about 100 ms later).
if (performance.getEntriesByType('paint').length > 0) prefetchMapCode(document, import.meta.url, hasWebGL2);
const go = () => {
  void fonts();
  if (embedded) start(embedded);
  else if (import.meta.env.DEV) void import('virtual:story').then((m) => start({ story: m.default, editions: [] }));
  else throw new Error('This page carries no story data (#story-data): was it built by npm run build?');
};
// Let the browser paint the prerendered text first: hydration, and fonts found
// before that paint, would otherwise hold the first frame.
if (target.firstElementChild) requestAnimationFrame(() => setTimeout(go, 0));
else go();
