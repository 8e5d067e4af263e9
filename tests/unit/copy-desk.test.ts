import { describe, expect, it } from 'vitest';
import { editionCodes, loadStory, readStoryFiles } from '../../src/lib/content/load.ts';
import { parseStory } from '../../src/lib/content/parse.ts';
import { englishWords, translateStory, wordsOfCopy, type EditionFiles } from '../../src/lib/content/editions.ts';
import { formatProblem } from '../../src/lib/content/errors.ts';
import { hasHedge, unhedged, unnamedFocus } from '../../src/lib/content/copy-desk.ts';
import { forClassroom } from '../../src/lib/content/classroom.ts';
import { COPY, editJson, files, thrownProblems } from './content.fixtures.ts';

const problemsOf = thrownProblems;
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('the real story, in every edition', () => {
  for (const code of editionCodes('data')) {
    const story = loadStory('data', undefined, code);
    it(`${code}: every framed place is named by what the classroom keeps of its step`, () => {
      expect(unnamedFocus(story)).toEqual([]);
      // The same, read as the classroom reads it: the step's sensitive items gone.
      const classroom = { ...story, steps: story.steps.map((s) => ({ ...s, body: forClassroom(s.body, true) })) };
      expect(unnamedFocus(classroom)).toEqual([]);
    });
    it(`${code}: everyone at large has a whereabouts, and each keeps its hedge`, () => {
      const atLarge = Object.values(story.people).filter((p) => p.status === 'at-large');
      expect(atLarge.length).toBeGreaterThan(0);
      for (const p of atLarge) expect(p.whereabouts, p.id).toBeTruthy();
      expect(unhedged(story)).toEqual([]);
    });
  }
});

describe('hasHedge', () => {
  it.each([
    ['Believed to live in Dubai', ['believed'], true],
    ['He is thought to be there', ['believed', 'thought'], true],
    ['A thoughtful man lives in Dubai', ['thought'], false],
    ['Lives in Dubai', ['believed'], false],
    ['Zou in Dubai wonen', ['zou'], true],
    ['Vivrait à Dubaï', ['vivrait'], true],
    ['Zoutelande', ['zou'], false]
  ])('%j with %j: %s', (text, words, want) => {
    expect(hasHedge(text, words)).toBe(want);
  });
});

describe('the build refuses', () => {
  it('a step that frames a place only its sensitive item speaks of, at the focus line', () => {
    const copy = COPY.replace('focus: antwerp\nzoom: 7', 'focus: antwerp, alkmaar').replace('p: Second paragraph.', 'p: Second paragraph.\nsensitive: Something that happened in Alkmaar.');
    const problems = problemsOf(() => parseStory(files({ copy })));
    expect(problems).toEqual([
      expect.objectContaining({ file: 'data/story.en.aml', field: 'steps[1].focus', line: lineOf(copy, 'focus: antwerp, alkmaar'), got: '"alkmaar", not named there' })
    ]);
    // Told in words every reader gets, the same place may be framed.
    const told = copy.replace('p: Second paragraph.', 'p: Second paragraph, about Alkmaar.');
    expect(() => parseStory(files({ copy: told }))).not.toThrow();
  });

  it('a whereabouts that lost its hedge, at its line in people.json', () => {
    const text = editJson('people', (ps) => {
      ps.find((p) => p['id'] === 'leijdekkers')!['whereabouts'] = 'Lives in Sierra Leone';
    });
    const problems = problemsOf(() => parseStory(files({ people: text })));
    expect(problems.map(formatProblem)).toEqual([
      `data/people.json:${lineOf(text, 'Lives in Sierra Leone')}: [4].whereabouts: expected whereabouts that keep their hedge: one of the words "believed", "thought" (strings: people.hedges), got "Lives in Sierra Leone"`
    ]);
  });

  it('someone at large with no whereabouts', () => {
    const text = editJson('people', (ps) => {
      delete ps.find((p) => p['id'] === 'el-kasmioui')!['whereabouts'];
    });
    expect(problemsOf(() => parseStory(files({ people: text })))).toEqual([expect.objectContaining({ file: 'data/people.json', field: '[0].whereabouts' })]);
  });

  it('a source id that does not exist, inside a list of sources', () => {
    const text = editJson('figures', (fs) => {
      fs.find((f) => f['id'] === 'implied-flow-2023')!['source'] = ['eu-seizures-2023', 'hearsay'];
    });
    const problems = problemsOf(() => parseStory(files({ figures: text })));
    expect(problems).toEqual([expect.objectContaining({ file: 'data/figures.json', field: expect.stringMatching(/^\[\d+\]\.source\[1\]$/), got: '"hearsay"' })]);
  });
});

describe('a translation is refused', () => {
  const real = readStoryFiles('data');
  const english = parseStory(real);
  const strings = JSON.parse(real.strings.text) as Record<string, unknown>;
  const edition = (change: { words?: (w: ReturnType<typeof englishWords>) => void; hedges?: string[] }): EditionFiles => {
    const words = structuredClone(englishWords(real));
    change.words?.(words);
    const str = structuredClone(strings) as { people: { hedges: string[] } } & Record<string, unknown>;
    if (change.hedges) str.people.hedges = change.hedges;
    return {
      code: 'xx',
      copy: { path: 'data/story.xx.aml', text: wordsOfCopy(real.copy.text) },
      strings: { path: 'data/strings.xx.json', text: JSON.stringify({ ...str, lang: 'en-IE', locale: 'en-IE' }, null, 2) },
      words: { path: 'data/words.xx.json', text: JSON.stringify(words, null, 2) }
    };
  };
  const problems = (e: EditionFiles) => problemsOf(() => translateStory(english, real, e)).map(formatProblem);

  it('where a whereabouts drops the edition\'s hedge', () => {
    const e = edition({ hedges: ['zou'], words: (w) => void (w.people['el-kasmioui']!['whereabouts'] = 'Zou in Dubai wonen') });
    expect(problems(e)).toEqual([expect.stringMatching(/^data\/words\.xx\.json:\d+: people\.leijdekkers\.whereabouts: expected whereabouts that keep their hedge: one of the words "zou"/)]);
  });

  it('where a step\'s words do not name a place it frames, in the edition\'s own name for it', () => {
    const e = edition({ words: (w) => void (w.places['merksem']!['name'] = 'Merksem-Noord') });
    const step = english.steps.findIndex((s) => s.focus?.includes('merksem'));
    expect(problems(e)).toEqual([expect.stringMatching(new RegExp(`^data/story\\.xx\\.aml:\\d+: steps\\[${step}\\]\\.alt: expected the name "Merksem-Noord" of the framed place "merksem"`))]);
  });
});
