import { beforeAll, describe, expect, it } from 'vitest';
import { allowWorker, isWorkerUrl } from '../../src/lib/map/worker-policy.ts';

const SOURCE = 'self.onmessage = () => {}; // the worker';
const dataUrl = (text: string) => `data:text/javascript;charset=utf-8,${encodeURIComponent(text)}`;

beforeAll(() => {
  // Node has no page: the policy resolves URLs against the page's base, as under a sub-path.
  (globalThis as { document?: unknown }).document = { baseURI: 'https://example.org/graphics/story/' };
  allowWorker('https://example.org/graphics/story/assets/maplibre-gl-worker-abc.mjs');
  allowWorker('blob:null/1234', SOURCE);
});

describe('the default policy passes the map\'s worker and nothing else', () => {
  it.each([
    ['the worker file', 'https://example.org/graphics/story/assets/maplibre-gl-worker-abc.mjs', true],
    ['the worker file, relative to the page', './assets/maplibre-gl-worker-abc.mjs', true],
    ['the offline copy\'s blob: URL', 'blob:null/1234', true],
    ['a data: URL of the worker\'s own source', dataUrl(SOURCE), true],
    ['a data: URL without a charset', `data:text/javascript,${encodeURIComponent(SOURCE)}`, true],
    ['another file beside it', './assets/other.js', false],
    ['the worker\'s name on another origin', 'https://evil.example/graphics/story/assets/maplibre-gl-worker-abc.mjs', false],
    ['a data: URL of another source', dataUrl(`${SOURCE} fetch('//evil')`), false],
    ['the source in base64', `data:text/javascript;base64,${btoa(SOURCE)}`, false],
    ['a malformed escape', 'data:text/javascript,%E0%A4%A', false],
    ['another blob:', 'blob:null/5678', false]
  ])('%s', (_, url, allowed) => {
    expect(isWorkerUrl(url)).toBe(allowed);
  });
});
