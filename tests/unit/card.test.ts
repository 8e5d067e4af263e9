/**
 * The social card's pieces that need no rasteriser: the WOFF decoder, the
 * headline's lines, the colours taken from the story's theme, and the map drawn
 * by the page's own SVG map, rendered on the server (through Vite, as the build does).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { deflateSync } from 'node:zlib';
import { loadStory } from '../../src/lib/content/load.ts';
import { woffToSfnt } from '../../scripts/lib/woff.ts';
import { CARD, cardCss, cardMap, cardSvg, wrap, type DrawMap, type Measure } from '../../scripts/lib/card.ts';
import { readBasemap, readRoutes } from '../../scripts/lib/basemap-files.ts';

/** The server bundle's map, as scripts/lib/prerender.ts hands it to the card. */
let server: ViteDevServer;
let draw: DrawMap;
beforeAll(async () => {
  server = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'error' });
  const entry = (await server.ssrLoadModule('/src/entry-server.ts')) as typeof import('../../src/entry-server.ts');
  const files = { basemap: await readBasemap('.'), routes: readRoutes('.') };
  draw = (story, index, size, region) => entry.renderMap(story, index, size, region, files);
}, 60_000);
afterAll(() => server?.close());

const require = createRequire(import.meta.url);
/** Ten pixels a character: enough to test the layout without fonts. */
const measure: Measure = (text, style) => (text.length * style.size) / 2;

/** A WOFF 1 of two tables, one stored compressed and one as it is. */
function tinyWoff(): { woff: Buffer; tables: Array<[string, Buffer]> } {
  const tables: Array<[string, Buffer]> = [['head', Buffer.from('a table long enough to be worth compressing, '.repeat(4))], ['name', Buffer.from('abc')]];
  const header = Buffer.alloc(44 + 20 * tables.length);
  header.write('wOFF', 0, 'latin1');
  header.writeUInt32BE(0x00010000, 4);
  header.writeUInt16BE(tables.length, 12);
  const chunks: Buffer[] = [];
  let offset = header.length;
  tables.forEach(([tag, data], i) => {
    const packed = tag === 'head' ? deflateSync(data) : data;
    const at = 44 + i * 20;
    header.write(tag, at, 'latin1');
    header.writeUInt32BE(offset, at + 4);
    header.writeUInt32BE(packed.length, at + 8);
    header.writeUInt32BE(data.length, at + 12);
    header.writeUInt32BE(i + 1, at + 16);
    const padded = Buffer.alloc((packed.length + 3) & ~3);
    packed.copy(padded);
    chunks.push(padded);
    offset += padded.length;
  });
  return { woff: Buffer.concat([header, ...chunks]), tables };
}

describe('woffToSfnt', () => {
  it('unwraps each table, compressed or not, into an sfnt with its table directory', () => {
    const { woff, tables } = tinyWoff();
    const sfnt = woffToSfnt(woff);
    expect(sfnt.readUInt32BE(0)).toBe(0x00010000);
    expect(sfnt.readUInt16BE(4)).toBe(2);
    // searchRange, entrySelector, rangeShift for two tables.
    expect([sfnt.readUInt16BE(6), sfnt.readUInt16BE(8), sfnt.readUInt16BE(10)]).toEqual([32, 1, 0]);
    tables.forEach(([tag, data], i) => {
      const at = 12 + i * 16;
      expect(sfnt.toString('latin1', at, at + 4)).toBe(tag);
      expect(sfnt.readUInt32BE(at + 4)).toBe(i + 1);
      const offset = sfnt.readUInt32BE(at + 8);
      expect(offset % 4).toBe(0);
      expect(sfnt.subarray(offset, offset + sfnt.readUInt32BE(at + 12))).toEqual(data);
    });
  });

  it('decodes the font the card draws its headline with', () => {
    const sfnt = woffToSfnt(readFileSync(require.resolve('@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff')));
    const tags = Array.from({ length: sfnt.readUInt16BE(4) }, (_, i) => sfnt.toString('latin1', 12 + i * 16, 16 + i * 16));
    expect(tags).toEqual(expect.arrayContaining(['cmap', 'head', 'name']));
  });

  it('refuses what is not WOFF 1', () => {
    expect(() => woffToSfnt(Buffer.from('wOF2 and more bytes than a header needs, really quite a lot more'))).toThrow(/not a WOFF 1 font/);
  });
});

describe('the card', () => {
  const story = loadStory('data');

  it('wraps text into lines no wider than asked, a long word alone on its line', () => {
    const style = { family: 'x', size: 20, weight: 400 };
    expect(wrap('The cocaine road to Antwerp', 120, style, measure)).toEqual(['The cocaine', 'road to', 'Antwerp']);
    expect(wrap('Extraordinarily long', 60, style, measure)).toEqual(['Extraordinarily', 'long']);
  });

  it('takes the page\'s colours, and the map\'s, from the story\'s theme', async () => {
    const colors = { ...story.theme.colors, ink: '#111111', muted: '#555555', paper: '#fefefe', accent: '#aa0000', sea: '#0000aa' };
    const themed = { ...story, theme: { colors } };
    const svg = cardSvg(themed, '', measure);
    for (const c of ['#111111', '#555555', '#fefefe', '#aa0000']) expect(svg).toContain(`fill="${c}"`);
    const map = cardMap(themed, draw).svg;
    expect(map).toMatch(/^<rect [^>]*fill="#0000aa"/);
    // No custom property is left for resvg, which reads none: each has the theme's value.
    expect(map).not.toMatch(/var\(--/);
    expect(cardCss('.a{fill:var(--ink);font:600 13px/1 var(--sans)}', colors)).toBe(".a{fill:#111111;font:600 13px/1 'Inter'}");
  });

  it('draws the chosen step\'s map: land, every route it shows, and its places', () => {
    const map = cardMap(story, draw);
    const step = story.steps.find((s) => s.id === story.card)!;
    expect(map.stepId).toBe(step.id);
    expect(map.alt).toBe(step.alt);
    const routeCount = step.routes?.includes('all') ? story.routes.length : step.routes?.length ?? 0;
    expect(map.svg.match(/<path class="route [^"]*"[^>]* d="M[^"]+"[^>]* stroke="#b3261e"/g)).toHaveLength(routeCount);
    expect(map.svg).toMatch(/<path class="land [^"]*" d="M/);
    expect(map.svg).toContain('>Antwerp</text>');
  });

  it('sets the headline and the byline over the map at 1200×630', () => {
    const svg = cardSvg(story, '<rect id="map"/>', measure);
    expect(svg).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}"`));
    expect(svg).toContain('<g transform="scale(2)"><rect id="map"/></g>');
    const words = [...svg.matchAll(/font-family="Source Serif 4"[^>]*>([^<]+)</g)].map((m) => m[1]).join(' ');
    expect(words).toBe(story.headline);
    expect(svg).toContain(`>${story.byline}</text>`);
  });

  it('escapes the copy', () => {
    const svg = cardSvg({ ...story, headline: 'Fish & <chips>', byline: 'A "desk"' }, '', measure);
    expect(svg).toContain('>Fish &amp;</text>');
    expect(svg).toContain('>&lt;chips&gt;</text>');
    expect(svg).toContain('A &quot;desk&quot;');
  });
});
