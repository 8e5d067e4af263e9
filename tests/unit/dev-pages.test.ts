import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { storyPlugin } from '../../scripts/vite-plugin-story.ts';
import { devPageOf } from '../../scripts/lib/dev-pages.ts';
import { loadStory } from '../../src/lib/content/load.ts';
import { sensitiveFragments } from '../e2e/sensitive-text.ts';

describe('devPageOf', () => {
  const codes = ['en', 'fr', 'nl'];
  it.each([
    ['/', { code: 'en', file: 'index.html' }],
    ['/index.html?present', { code: 'en', file: 'index.html' }],
    ['/classroom.html#front-door', { code: 'en', file: 'classroom.html' }],
    ['/nl/', { code: 'nl', file: 'index.html' }],
    ['/fr/classroom.html', { code: 'fr', file: 'classroom.html' }],
    ['/en/', null],
    ['/de/', null],
    ['/src/main.ts', null],
    ['/basemap/land.json', null]
  ])('%s', (url, want) => {
    expect(devPageOf(url, codes)).toEqual(want);
  });
});

/** The dev server on a free port of this machine, with the story plugin on a data folder. */
async function devServer(dataDir: string): Promise<{ server: ViteDevServer; get: (path: string) => Promise<{ status: number; text: string }> }> {
  const server = await createServer({ configFile: false, root: process.cwd(), logLevel: 'silent', plugins: [storyPlugin(dataDir)], server: { host: '127.0.0.1', port: 0 } });
  await server.listen();
  const address = server.httpServer!.address();
  if (!address || typeof address === 'string') throw new Error('the dev server has no port');
  const get = async (path: string) => {
    const res = await fetch(`http://127.0.0.1:${address.port}${path}`);
    return { status: res.status, text: await res.text() };
  };
  return { server, get };
}

describe('npm run dev', () => {
  let dev: Awaited<ReturnType<typeof devServer>>;
  beforeAll(async () => {
    dev = await devServer(join(process.cwd(), 'data'));
  });
  afterAll(async () => {
    await dev.server.close();
  });

  it('serves every edition in its language, with its own story and links between them', async () => {
    for (const [path, code] of [['/', 'en'], ['/nl/', 'nl'], ['/fr/', 'fr']] as const) {
      const story = loadStory('data', undefined, code);
      const { status, text } = await dev.get(path);
      expect(status, path).toBe(200);
      expect(text, path).toContain(`<html lang="${story.strings.lang}">`);
      expect(text, path).toContain(`"headline":${JSON.stringify(story.headline)}`);
      expect(text, path).toContain('id="story-data"');
      expect(text, path).toMatch(/src="\/src\/main\.ts"|src="\/@vite\/client"/);
    }
  });

  it('serves each edition\'s classroom page with no graphic item in it', async () => {
    for (const [path, code] of [['/classroom.html', 'en'], ['/nl/classroom.html', 'nl'], ['/fr/classroom.html', 'fr']] as const) {
      const story = loadStory('data', undefined, code);
      const { text } = await dev.get(path);
      expect(text, path).toContain('data-view="classroom"');
      const fragments = sensitiveFragments(story);
      expect(fragments.length).toBeGreaterThan(0);
      expect(fragments.filter((f) => text.includes(f)), path).toEqual([]);
    }
  });
});

describe('npm run dev, with a mistake in a translation', () => {
  let dev: Awaited<ReturnType<typeof devServer>>;
  beforeAll(async () => {
    // Made while the server runs, as a translator would (a story broken before it starts stops it, in the terminal).
    const dir = mkdtempSync(join(tmpdir(), 'story-dev-'));
    cpSync('data', dir, { recursive: true });
    dev = await devServer(dir);
    const file = join(dir, 'story.nl.aml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^id: front-door$/m, 'id: voordeur'));
  });
  afterAll(async () => {
    await dev.server.close();
  });

  it('sends the page without a story, and the story module fails with the file, line and field (what the overlay shows)', async () => {
    const page = await dev.get('/nl/');
    expect(page.status).toBe(200);
    expect(page.text).not.toContain('id="story-data"');
    const module = await dev.get('/@id/__x00__virtual:story');
    expect(module.status).toBe(500);
    expect(module.text).toMatch(/story\.nl\.aml:\d+: steps\[1\]\.id: expected \\?"front-door\\?"/);
  });
});
