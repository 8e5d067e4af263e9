/**
 * The printed handout (`?print`, or the browser's own Print): its code and
 * maps, fetched lazily, and whether the page is printing. Made while the page
 * initialises (it listens for Print once the page is mounted).
 */
import { flushSync, onMount, type Component } from 'svelte';
import type { Story } from '../../lib/content/schema';
import type { Basemap } from '../../lib/fallback/basemap';
import type { LonLat } from '../../lib/geo/camera';
import { basemapUrl } from '../../lib/modes/offline';

type HandoutComponent = Component<{ story: Story; basemap: Basemap | null; routes: Record<string, LonLat[]>; teacher: boolean }>;

// The handout: its code is fetched ahead (when idle, it is small) so that the browser's own
// Print finds it ready; its maps need the basemap, loaded for `?print` or on a first Print.
export class Handout {
  printing = $state(false);
  Component: HandoutComponent | null = $state.raw(null);
  basemap: Basemap | null = $state.raw(null);
  routes: Record<string, LonLat[]> = $state.raw({});
  #code: Promise<void> | null = null;
  #maps: Promise<void> | null = null;

  /** `print`: the address asks for the handout (`?print`). */
  constructor(print: () => boolean) {
    onMount(() => {
      if (print()) void Promise.all([this.#prepare(), this.#prepareMaps()]).then(() => (this.printing = true));
      const idle = window.setTimeout(() => {
        const later = window.requestIdleCallback ?? ((f: () => void) => window.setTimeout(f, 0));
        later(() => void this.#prepare().catch((err: unknown) => console.info('The handout could not be prepared.', err)));
      }, 6000);
      // The browser prints what is on the page when it asks: render the handout synchronously.
      const before = () => {
        if (this.Component) flushSync(() => (this.printing = true));
        void this.#prepareMaps().catch((err: unknown) => console.info('The handout maps could not load.', err));
      };
      const after = () => (this.printing = print());
      window.addEventListener('beforeprint', before);
      window.addEventListener('afterprint', after);
      return () => {
        window.clearTimeout(idle);
        window.removeEventListener('beforeprint', before);
        window.removeEventListener('afterprint', after);
      };
    });

    $effect(() => {
      document.documentElement.toggleAttribute('data-printing', this.printing);
      document.documentElement.toggleAttribute('data-print-view', print() && this.printing);
    });
  }

  #prepare(): Promise<void> {
    this.#code ??= Promise.all([import('../handout/Handout.svelte'), import('virtual:routes')]).then(([h, routes]) => {
      this.Component = h.default;
      this.routes = Object.fromEntries(routes.default.map((r) => [r.id, r.coordinates]));
    });
    return this.#code;
  }

  #prepareMaps(): Promise<void> {
    this.#maps ??= import('../../lib/fallback/basemap')
      .then((m) => m.loadBasemap(basemapUrl))
      .then((b) => {
        this.basemap = b;
      });
    return this.#maps;
  }
}
