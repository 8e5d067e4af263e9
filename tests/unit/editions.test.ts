import { describe, expect, it } from 'vitest';
import { readStoryFiles } from '../../src/lib/content/load.ts';
import { parseStory } from '../../src/lib/content/parse.ts';
import { englishWords, numbersIn, translateStory, wordsOfCopy, type EditionFiles } from '../../src/lib/content/editions.ts';
import { ContentError, formatProblem } from '../../src/lib/content/errors.ts';

const files = readStoryFiles('data');
const english = parseStory(files);
const strings = JSON.parse(files.strings.text) as Record<string, unknown>;

/**
 * A translation made from the English itself, in a locale that writes numbers
 * as English does, so that it passes; each test breaks one thing.
 */
function edition(change: { copy?: (s: string) => string; strings?: (s: Record<string, unknown>) => unknown; words?: (w: ReturnType<typeof englishWords>) => unknown } = {}): EditionFiles {
  const copy = (change.copy ?? ((s) => s))(wordsOfCopy(files.copy.text));
  const str = (change.strings ?? ((s) => s))({ ...structuredClone(strings), lang: 'en-IE', locale: 'en-IE' });
  const words = (change.words ?? ((w) => w))(structuredClone(englishWords(files)));
  return {
    code: 'xx',
    copy: { path: 'data/story.xx.aml', text: copy },
    strings: { path: 'data/strings.xx.json', text: JSON.stringify(str, null, 2) },
    words: { path: 'data/words.xx.json', text: JSON.stringify(words, null, 2) }
  };
}

function problems(e: EditionFiles): string[] {
  try {
    translateStory(english, files, e);
  } catch (err) {
    if (err instanceof ContentError) return err.problems.map(formatProblem);
    throw err;
  }
  return [];
}

const lineOf = (text: string, line: string) => text.split('\n').indexOf(line) + 1;

describe('a translation', () => {
  it('made of the English words passes, and gives the English story back', () => {
    const story = translateStory(english, files, edition());
    expect(story.steps.map((s) => [s.id, s.alt, s.focus])).toEqual(english.steps.map((s) => [s.id, s.alt, s.focus]));
    expect(story.places).toEqual(english.places);
    expect(story.strings.locale).toBe('en-IE');
  });

  it('carries words only: the camera, places and quotes’ sensitivity stay the English edition’s', () => {
    const copy = (s: string) =>
      s.replace('title: Europe\'s front door', 'title: De voordeur van Europa').replace(/^text: We have entered/m, 'text: We zijn beland').replaceAll('Antwerp', 'Antwerpen');
    const story = translateStory(english, files, edition({ copy, words: (w) => ((w.places['antwerp']!['name'] = 'Antwerpen'), w) }));
    expect(story.chapters[0]!.title).toBe('De voordeur van Europa');
    expect(story.places['antwerp']!.name).toBe('Antwerpen');
    expect(story.places['antwerp']!.lon).toBe(english.places['antwerp']!.lon);
    const quote = story.steps.flatMap((s) => s.body).find((b) => b.type === 'quote' && b.value.text.startsWith('We zijn beland'));
    expect(quote).toMatchObject({ value: { translated: true, sensitive: false } });
  });

  it('lacking a step is refused, naming the step', () => {
    const text = wordsOfCopy(files.copy.text);
    const last = english.steps.at(-1)!.id;
    const cut = text.slice(0, text.indexOf(`id: ${last}`)) + '[]\n';
    expect(problems(edition({ copy: () => cut }))).toEqual([`data/story.xx.aml:${lineOf(cut, '[steps]')}: steps: expected the steps of data/story.en.aml: "${last}" is missing`]);
  });

  it('with one step too many is refused at that step’s line', () => {
    const text = wordsOfCopy(files.copy.text);
    const extra = `${text.trimEnd()}\n\nid: extra\nalt: Map.\n[.+body]\np: More.\n[]\n`;
    expect(problems(edition({ copy: () => extra }))).toEqual([
      `data/story.xx.aml:${lineOf(extra, 'id: extra')}: steps[${english.steps.length}].id: expected no more steps: data/story.en.aml has ${english.steps.length}, got "extra" (one too many)`
    ]);
  });

  it('lacking a chapter’s note, or with a question fewer, is refused at the chapter', () => {
    const noNote = (s: string) => s.replace(/^note: The story opens on one man.*\n/m, '');
    expect(problems(edition({ copy: noNote }))[0]).toMatch(/^data\/story\.xx\.aml:\d+: chapters\[0\]\.note: expected/);
    const oneQuestion = (s: string) => s.replace(/^\* Why might a record seizure.*\n/m, '');
    expect(problems(edition({ copy: oneQuestion }))).toEqual([`data/story.xx.aml:${lineOf(oneQuestion(wordsOfCopy(files.copy.text)), 'id: opening')}: chapters[0].questions: expected 2 question(s), as in data/story.en.aml, got 1`]);
  });

  it('that says what a step shows is refused: that is set in the English copy for every edition', () => {
    const focus = (s: string) => s.replace('id: front-door\n', 'id: front-door\nfocus: antwerp\n');
    expect(problems(edition({ copy: focus })).join('\n')).toMatch(/steps\[1\]\.focus: expected no such field/);
  });

  it('with its blocks in another order or of another kind is refused', () => {
    const swapped = (s: string) => s.replace(/^sensitive: In 2022 Yacine/m, 'p: In 2022 Yacine');
    expect(problems(edition({ copy: swapped })).join('\n')).toMatch(/steps\[\d+\]\.body: expected the blocks of data\/story\.en\.aml in its order \(p, p, quote, sensitive\), got p, p, quote, p/);
  });

  it('whose figures differ from the English is refused at the step, with the number as the edition writes it', () => {
    // Every 419 of the step that gives Europe's total, and only there.
    const wrong = (s: string) => {
      const [from, to] = [s.indexOf('id: front-door'), s.indexOf('id: fruit-containers')];
      return s.slice(0, from) + s.slice(from, to).replaceAll('419', '418') + s.slice(to);
    };
    const text = wrong(wordsOfCopy(files.copy.text));
    expect(problems(edition({ copy: wrong }))).toEqual([
      `data/story.xx.aml:${lineOf(text, 'id: front-door')}: steps[1].id: expected the numbers of the English text written as en-IE writes them: 419, got text without them`
    ]);
  });

  it('lacking an interface string, or with one too many, is refused with the key', () => {
    const missing = problems(edition({ strings: (s) => ({ ...s, presentStart: undefined }) }));
    expect(missing).toEqual([expect.stringMatching(/^data\/strings\.xx\.json:\d+: presentStart: expected/)]);
    const extra = problems(edition({ strings: (s) => ({ ...s, presentBegin: 'Begin' }) }));
    expect(extra).toEqual([expect.stringMatching(/^data\/strings\.xx\.json:\d+: presentBegin: expected no such field/)]);
  });

  it('lacking the words of a record, or giving words the English has not, is refused with the id', () => {
    const missing = problems(edition({ words: (w) => (delete w.places['antwerp'], w) }));
    expect(missing).toEqual([expect.stringMatching(/^data\/words\.xx\.json:\d+: places: expected words for "antwerp" of data\/places\.json \(name\), got nothing$/)]);
    const extra = problems(edition({ words: (w) => ((w.places['antwerp']!['country'] = 'België'), w) }));
    expect(extra).toEqual([expect.stringMatching(/^data\/words\.xx\.json:\d+: places\.antwerp\.country: expected only the fields data\/places\.json gives "antwerp" words for \(name\), got "country"$/)]);
    const stray = problems(edition({ words: (w) => ((w.places['gent'] = { name: 'Gent' }), w) }));
    expect(stray).toEqual([expect.stringMatching(/places\.gent: expected only records of data\/places\.json that have words, got "gent"$/)]);
  });
});

describe('numbersIn reads numbers as each locale writes them', () => {
  it('in English', () => {
    expect(numbersIn('2,095 to 4,190 tonnes, 0.2 and 72 % in 2023; €50.', 'en-GB')).toEqual([2095, 4190, 0.2, 72, 2023, 50]);
  });
  it('in Belgian Dutch', () => {
    expect(numbersIn('2.095 tot 4.190 ton, 0,2 en 72 % in 2023; € 50.', 'nl-BE')).toEqual([2095, 4190, 0.2, 72, 2023, 50]);
    expect(new Intl.NumberFormat('nl-BE').format(2095)).toBe('2.095');
  });
  it('in Belgian French, with any of the spaces French groups thousands with', () => {
    expect(numbersIn('2\u202f095 à 4\u00a0190 tonnes, 1 000 kg, 0,2 et 72\u00a0% en 2023 ; 50\u00a0€.', 'fr-BE')).toEqual([2095, 4190, 1000, 0.2, 72, 2023, 50]);
    expect(new Intl.NumberFormat('fr-BE').format(2095)).toBe('2\u202f095');
  });
});
