/**
 * The story is dated and correctable (issue 10): the copy carries when it was
 * published, when it was updated and what was corrected, and a wrong date stops
 * the build with the file, the line and the field.
 */
import { describe, expect, it } from 'vitest';
import { parseStory } from '../../src/lib/content/parse.ts';
import { around, formatDate } from '../../src/lib/format.ts';
import { loadStory } from '../../src/lib/content/load.ts';
import { COPY, files, problemsOf } from './content.fixtures.ts';

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.startsWith(needle)) + 1;
const withHeader = (fields: string, copy = COPY) => copy.replace('published: 2025-11-28\n', fields);

const CORRECTED = withHeader(`published: 2025-11-28
updated: 2025-12-03

[corrections]
date: 2025-12-03
text: An earlier version gave the wrong month for the Rotterdam verdict.
date: 2025-12-01
text: A caption misnamed a port.
[]
`);

describe('publication date, update and corrections', () => {
  it('reads them, the corrections oldest first', () => {
    const story = parseStory(files({ copy: CORRECTED }));
    expect(story.published).toBe('2025-11-28');
    expect(story.updated).toBe('2025-12-03');
    expect(story.corrections.map((c) => c.date)).toEqual(['2025-12-01', '2025-12-03']);
    expect(story.corrections[0]!.text).toBe('A caption misnamed a port.');
  });

  it('has no update and no corrections unless the copy gives them', () => {
    const story = parseStory(files());
    expect(story).toMatchObject({ published: '2025-11-28', updated: null, corrections: [] });
  });

  it('the real story is dated', () => {
    expect(loadStory('data').published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it.each([
    ['not an ISO date', '28/11/2025', 'a date as YYYY-MM-DD'],
    ['words', 'autumn 2025', 'a date as YYYY-MM-DD'],
    ['a day that does not exist', '2025-02-30', 'a date that exists'],
    ['a month that does not exist', '2025-13-01', 'a date that exists']
  ])('refuses a publication date that is %s, with file:line and field', (_, value, expected) => {
    const copy = withHeader(`published: ${value}\n`);
    const [p, ...rest] = problemsOf(copy);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ file: 'data/story.en.aml', line: lineOf(copy, 'published:'), field: 'published', got: `"${value}"` });
    expect(p!.expected).toContain(expected);
  });

  it('asks for a publication date', () => {
    const [p] = problemsOf(withHeader(''));
    expect(p).toMatchObject({ file: 'data/story.en.aml', field: 'published', got: 'nothing' });
  });

  it('refuses an update dated before publication', () => {
    const copy = withHeader('published: 2025-11-28\nupdated: 2025-11-27\n');
    const [p, ...rest] = problemsOf(copy);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ file: 'data/story.en.aml', line: lineOf(copy, 'updated:'), field: 'updated', got: '"2025-11-27"' });
    expect(p!.expected).toContain('on or after the publication date (published: 2025-11-28)');
  });

  it('refuses a malformed update date', () => {
    const copy = withHeader('published: 2025-11-28\nupdated: 3 December\n');
    const [p] = problemsOf(copy);
    expect(p).toMatchObject({ line: lineOf(copy, 'updated:'), field: 'updated' });
  });

  it('refuses a correction dated before publication, pointing at its date line', () => {
    const copy = CORRECTED.replace('date: 2025-12-01', 'date: 2025-11-20');
    const [p, ...rest] = problemsOf(copy);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ file: 'data/story.en.aml', line: lineOf(copy, 'date: 2025-11-20'), field: 'corrections[1].date', got: '"2025-11-20"' });
    expect(p!.expected).toContain('on or after the publication date');
  });

  it('refuses a malformed correction date, and a correction without text', () => {
    const copy = CORRECTED.replace('date: 2025-12-01', 'date: 1 December 2025').replace('text: A caption misnamed a port.', 'text:');
    const problems = problemsOf(copy);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'corrections[1].date', line: lineOf(copy, 'date: 1 December') }),
        expect.objectContaining({ field: 'corrections[1].text', line: copy.split('\n').indexOf('text:') + 1 })
      ])
    );
  });

  it('asks for an update date no earlier than the latest correction', () => {
    const late = CORRECTED.replace('date: 2025-12-03', 'date: 2025-12-09');
    expect(problemsOf(late)).toEqual([
      expect.objectContaining({ field: 'corrections[0].date', line: lineOf(late, 'date: 2025-12-09'), got: '"2025-12-09" with updated: 2025-12-03' })
    ]);
    const noUpdate = CORRECTED.replace('updated: 2025-12-03\n', '');
    expect(problemsOf(noUpdate).map((p) => p.field)).toEqual(['corrections[0].date', 'corrections[1].date']);
  });

  it('refuses a card step that the story does not have', () => {
    const copy = withHeader('published: 2025-11-28\ncard: nowhere\n');
    expect(problemsOf(copy)).toEqual([expect.objectContaining({ field: 'card', line: lineOf(copy, 'card:'), got: '"nowhere"' })]);
  });

  it('takes the last step for the card where the editor chose none', () => {
    expect(parseStory(files()).card).toBe('second');
  });
});

describe('dates as the reader reads them', () => {
  const strings = loadStory('data').strings;
  it('formats a day in the story\'s locale, whatever the time zone', () => {
    expect(formatDate('2025-11-28', strings)).toBe('28 November 2025');
    expect(formatDate('2025-01-01', { ...strings, locale: 'en-US' })).toBe('January 1, 2025');
    expect(formatDate('2025-12-31', { ...strings, locale: 'nl-BE' })).toBe('31 december 2025');
  });
  it('splits a template around its placeholder', () => {
    expect(around('Published {date}', 'date')).toEqual({ before: 'Published ', after: '' });
    expect(around('Gepubliceerd op {date}.', 'date')).toEqual({ before: 'Gepubliceerd op ', after: '.' });
  });
});
