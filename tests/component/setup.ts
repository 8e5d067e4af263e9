import '@testing-library/jest-dom/vitest';

// jsdom lacks the observers Scrollama needs; positions never change in jsdom anyway.
class NoopObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
  takeRecords(): [] {
    return [];
  }
}
globalThis.IntersectionObserver ??= NoopObserver as unknown as typeof IntersectionObserver;
globalThis.ResizeObserver ??= NoopObserver as unknown as typeof ResizeObserver;
window.matchMedia ??= ((query: string) => ({
  matches: false,
  media: query,
  onchange: null,
  addEventListener() {},
  removeEventListener() {},
  addListener() {},
  removeListener() {},
  dispatchEvent: () => false
})) as unknown as typeof window.matchMedia;

// jsdom has no server: the page's own files (the basemap) come from the story's basemap/ (data/), anything else fails.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
globalThis.fetch = (async (input: string | URL | Request) => {
  const url = new URL(typeof input === 'string' || input instanceof URL ? String(input) : input.url, 'http://localhost/');
  const file = join(import.meta.dirname, '../../data', url.pathname.replace(/^.*?\/basemap\//, 'basemap/'));
  if (!url.pathname.includes('/basemap/')) return new Response('not found', { status: 404 });
  return new Response(await readFile(file));
}) as typeof fetch;
