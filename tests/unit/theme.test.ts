/**
 * The colours have one source, the story's theme.json: no hex colour in the
 * code, and every colour the CSS reads is one the theme must give.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createServer } from 'vite';
import { ThemeSchema, THEME_COLORS } from '../../src/lib/content/schema.ts';
import { loadStory } from '../../src/lib/content/load.ts';
import { parseStory } from '../../src/lib/content/parse.ts';
import { storyPlugin, themeCss } from '../../scripts/vite-plugin-story.ts';
import { files, thrownProblems } from './content.fixtures.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|js|svelte|css|html)$/.test(e.name))
    .map((e) => relative('.', join(e.parentPath, e.name)));
}

/** `#` and 3, 4, 6 or 8 hex digits, not a numeric character reference such as `&#106;`. */
const HEX = /(?<![&\w])#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})\b/g;


const code = [...sourceFiles('src'), ...sourceFiles('scripts')];

/** The CSS of a file: a stylesheet, or a component's <style> blocks. */
function cssOf(file: string): string {
  const text = readFileSync(file, 'utf8');
  if (file.endsWith('.css')) return text;
  return [...text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
}

describe('the colours', () => {
  it('are written nowhere in src/ or scripts/ but in the story\'s theme.json', () => {
    const hexes = code.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(HEX)].map((m) => ({ file: f, hex: m[0] })));
    const found = hexes.map(({ file, hex }) => `${file}: ${hex}`);
    expect(found, 'a colour belongs in data/theme.json, read as var(--name) in CSS or story.theme.colors in code').toEqual([]);
  });

  it('that the CSS reads are ones the theme must give, or properties the CSS or a script sets', () => {
    const css = code.filter((f) => f.startsWith('src/')).map((f) => [f, cssOf(f)] as const);
    const set = new Set(css.flatMap(([, text]) => [...text.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]!)));
    // Or by script, as the notes' fitted zoom (lib/modes/fit.ts) is.
    for (const f of code) for (const m of readFileSync(f, 'utf8').matchAll(/setProperty\('(--[\w-]+)'/g)) set.add(m[1]!);
    const colours = new Set(THEME_COLORS.map((name) => `--${name}`));
    // Set in CSS too, a colour would have two sources again.
    expect([...set].filter((name) => colours.has(name))).toEqual([]);
    const unknown = css.flatMap(([f, text]) =>
      [...text.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]!).filter((name) => !colours.has(name) && !set.has(name)).map((name) => `${f}: ${name}`)
    );
    expect(unknown, 'a colour the CSS reads must be one ThemeSchema requires (THEME_COLORS)').toEqual([]);
  });

  it('of data/theme.json are the required ones and the colours its kinds of place name, as hex colours', () => {
    const theme = ThemeSchema.parse(JSON.parse(readFileSync('data/theme.json', 'utf8')));
    const kinds = Object.values((JSON.parse(readFileSync('data/story.json', 'utf8')) as { places: Record<string, { color: string }> }).places).map((k) => k.color);
    expect(Object.keys(theme.colors).sort()).toEqual([...new Set([...THEME_COLORS, ...kinds])].sort());
  });

  it('become custom properties of the same names', () => {
    const colors = loadStory('data').theme.colors;
    const rule = themeCss(colors);
    expect(rule).toMatch(/^:root\{[^{}]+\}\n$/);
    for (const [name, value] of Object.entries(colors)) expect(rule).toContain(`--${name}:${value}`);
  });

  it('open the page\'s stylesheet, as the dev server serves it', async () => {
    const server = await createServer({ configFile: false, root: process.cwd(), logLevel: 'silent', plugins: [storyPlugin('data')], server: { middlewareMode: true } });
    try {
      const css = (await server.transformRequest('/src/app.css?direct'))!.code;
      expect(css.startsWith(themeCss(loadStory('data').theme.colors))).toBe(true);
    } finally {
      await server.close();
    }
  });

  it('stop the build with the file, line and field of a bad one, and let a story name colours of its own', () => {
    const real = JSON.parse(files().theme.text) as { colors: Record<string, string> };
    const bad = { colors: { ...real.colors, ink: 'black', ownKind: '#12345' } };
    delete (bad.colors as Record<string, string | undefined>).muted;
    const text = JSON.stringify(bad, null, 2);
    const lineOf = (key: string) => text.split('\n').findIndex((l) => l.includes(`"${key}"`)) + 1;
    expect(thrownProblems(() => parseStory(files({ theme: text })))).toEqual([
      expect.objectContaining({ file: 'data/theme.json', line: lineOf('ink'), field: 'colors.ink', got: '"black"' }),
      expect.objectContaining({ file: 'data/theme.json', field: 'colors.muted', got: 'nothing' }),
      expect.objectContaining({ file: 'data/theme.json', line: lineOf('ownKind'), field: 'colors.ownKind', got: '"#12345"' })
    ]);
    const own = JSON.stringify({ colors: { ...real.colors, ownKind: '#123456' } });
    expect(parseStory(files({ theme: own })).theme.colors.ownKind).toBe('#123456');
    const broken = JSON.stringify({ colors: { ...real.colors, 'x;}body{': '#123456' } });
    expect(thrownProblems(() => parseStory(files({ theme: broken })))[0]).toMatchObject({ field: expect.stringContaining('colors.'), expected: expect.stringMatching(/colour name/) });
  });
});
