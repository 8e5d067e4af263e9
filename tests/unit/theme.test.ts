/** The story's colours (theme.json): what the engine requires of them, and what a story may add. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ThemeSchema, THEME_COLORS } from '../../src/lib/content/schema.ts';
import { parseStory } from '../../src/lib/content/parse.ts';
import { files, thrownProblems } from './content.fixtures.ts';

describe('the colours', () => {
  it('of data/theme.json are the required ones and the colours its kinds of place name, as hex colours', () => {
    const theme = ThemeSchema.parse(JSON.parse(readFileSync('data/theme.json', 'utf8')));
    const kinds = Object.values((JSON.parse(readFileSync('data/story.json', 'utf8')) as { places: Record<string, { color: string }> }).places).map((k) => k.color);
    expect(Object.keys(theme.colors).sort()).toEqual([...new Set([...THEME_COLORS, ...kinds])].sort());
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
