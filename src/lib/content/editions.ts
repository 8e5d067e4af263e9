/**
 * The story in another language. English is the source edition: story.en.aml
 * and the data files say what each step shows and hold the English words. A
 * translation carries words only (story.xx.aml, strings.xx.json,
 * words.xx.json), so a camera moved or a route added is one edit for every
 * edition. The translation is checked against the English: the same steps,
 * chapters, questions, blocks and words in the same places, and every number
 * of a step's English text present in the same step, in the edition's format.
 */
import { z } from 'zod';
import { ContentError, fieldName, type Problem } from './errors.ts';
import { locateInArchie, locateInJson } from './locate.ts';
import { checkMarkup } from './inline.ts';
import { FOCUS_NAMED, HEDGE_KEPT, unhedged, unnamedFocus } from './copy-desk.ts';
import { forEachText, isRichText, parseArchie, parseJson, type SourceFile, type StoryFiles } from './parse.ts';
import { BoolText, StringsSchema, Text, type Block, type Story } from './schema.ts';
import { DATASET_WORDS, declaredDatasets, type Dataset } from './declarations.ts';

/** Step keys that say what a step shows: they live in story.en.aml only. */
export const SCENE_KEYS = ['chapter', 'focus', 'zoom', 'center', 'bearing', 'pitch', 'places', 'routes', 'draw', 'circles', 'figure', 'chart', 'people'] as const;
/** Header keys that are settings of the publication, not words. */
export const HEADER_SCENE_KEYS = ['published', 'updated', 'card'] as const;

/** The fields of the data files that are words a reader meets, per file; everything else is shared. Datasets add theirs by type. */
export const WORD_FIELDS = {
  places: ['name'],
  figures: ['label', 'when', 'note', 'derived'],
  people: ['alias', 'whereabouts', 'detail'],
  sources: ['title', 'detail'],
  mapLabels: ['name']
} as const satisfies Partial<Record<keyof StoryFiles, readonly string[]>>;

/** A file with words: one of WORD_FIELDS, or a dataset's id. */
export type WordFile = string;
type WordRecordsOf = Record<string, Record<string, string>>;
type Words = { [K in keyof typeof WORD_FIELDS]: WordRecordsOf } & Record<WordFile, WordRecordsOf>;

/** Every file with words, its words' fields and its file: the fixed files, then the datasets story.json declares. */
export function wordFiles(files: StoryFiles): Array<{ key: WordFile; fields: readonly string[]; file: SourceFile }> {
  const fixed = Object.entries(WORD_FIELDS).map(([key, fields]) => ({ key, fields, file: files[key as keyof typeof WORD_FIELDS] }));
  const declared = declaredDatasets(files.declarations.text);
  const datasets = Object.entries(files.datasets).flatMap(([key, file]) => {
    const type = declared[key]?.type;
    return type && DATASET_WORDS[type] ? [{ key, fields: DATASET_WORDS[type], file }] : [];
  });
  return [...fixed, ...datasets];
}


const TranslatedBlock = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.literal('p'), value: Text }),
    z.strictObject({ type: z.literal('sensitive'), value: Text }),
    // Whether a quote is graphic is the English edition's call; a translation says only whether it is translated.
    z.strictObject({ type: z.literal('quote'), value: z.strictObject({ text: Text, by: Text, translated: BoolText }) }),
    z.strictObject({ type: z.literal('sources'), value: z.literal('all', { message: '"all"' }) })
  ],
  { message: 'a block of type p, sensitive, quote or sources' }
);

const sceneKeyNote = `(what a step shows is set in story.en.aml for every edition: ${SCENE_KEYS.join(', ')})`;

export const TranslationSchema = z.strictObject({
  headline: Text,
  standfirst: Text,
  byline: Text,
  asof: Text,
  corrections: z.array(z.strictObject({ date: z.string(), text: Text }), { message: 'a [corrections] list of date and text' }).optional(),
  chapters: z.array(z.strictObject({ id: z.string(), title: Text, note: Text, questions: z.array(Text, { message: 'a [.questions] list' }) }), { message: 'a [chapters] list' }),
  steps: z.array(
    z.strictObject({ id: z.string(), alt: Text, body: z.array(TranslatedBlock, { message: 'a [.+body] list of blocks' }) }, { message: `a step with id, alt and body only ${sceneKeyNote}` }),
    { message: 'a [steps] list' }
  )
});
type Translation = z.infer<typeof TranslationSchema>;

const WordRecords = z.record(z.string(), z.record(z.string(), Text));
const WordsSchema = z.record(z.string(), WordRecords);

export interface EditionFiles {
  /** Two letters: the file names' code and the edition's folder. */
  code: string;
  copy: SourceFile;
  strings: SourceFile;
  words: SourceFile;
}

/** The key of a data file's record: its id, or for a yearly dataset its year. */
function keyOf(record: Record<string, unknown>): string {
  return String(record['id'] ?? record['year']);
}

/** The English words of the data files, in the shape of words.xx.json. */
export function englishWords(files: StoryFiles): Words {
  const words = {} as Words;
  for (const { key: file, fields, file: source } of wordFiles(files)) {
    const records = JSON.parse(source.text) as Record<string, unknown>[];
    words[file] = {};
    for (const record of records) {
      const own = Object.fromEntries(fields.filter((f) => typeof record[f] === 'string').map((f) => [f, record[f] as string]));
      if (Object.keys(own).length) words[file][keyOf(record)] = own;
    }
  }
  return words;
}

/**
 * The source copy with every line that says what a step shows taken out, and
 * each quote marked as translated: the start of a translation.
 */
export function wordsOfCopy(aml: string): string {
  let quote = false;
  let chapters = false;
  const header = new RegExp(`^(${HEADER_SCENE_KEYS.join('|')}):`);
  const scene = new RegExp(`^(${SCENE_KEYS.join('|')}):`);
  return aml
    .split('\n')
    .filter((line) => {
      if (/^\[chapters\]/.test(line)) chapters = true;
      if (/^\{\.quote\}/.test(line)) quote = true;
      if (/^\{\}/.test(line)) quote = false;
      if (!chapters && header.test(line)) return false;
      if (quote && /^(sensitive|translated):/.test(line)) return false;
      return !scene.test(line);
    })
    .map((line) => (/^\{\.quote\}/.test(line) ? `${line}\ntranslated: true` : line))
    .join('\n');
}

/** Number formats of a locale: how it groups thousands and marks decimals. */
function separators(locale: string): { group: string; decimal: string } {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  return { group: parts.find((p) => p.type === 'group')?.value ?? ',', decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.' };
}

const SPACES = /[\u00a0\u202f\u2009 ]/;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The numbers written in a text, as values, read the way `locale` writes them:
 * "2,095" in English and "2.095" in Dutch are both 2095; "0,943" in French is
 * 0.943. A year or a number written without grouping (2023, 1500) reads too.
 */
export function numbersIn(text: string, locale: string): number[] {
  const { group, decimal } = separators(locale);
  const g = SPACES.test(group) ? '[\\u00a0\\u202f\\u2009 ]' : escape(group);
  const d = escape(decimal);
  const token = new RegExp(`(?<![\\d${d}${g === escape(group) ? g : ''}])(\\d{1,3}(?:${g}\\d{3})+(?:${d}\\d+)?|\\d+(?:${d}\\d+)?)(?!\\d)`, 'g');
  return [...text.matchAll(token)].map((m) => Number(m[1]!.replace(new RegExp(g, 'g'), '').replace(decimal, '.')));
}

function allText(value: unknown): string {
  const out: string[] = [];
  forEachText(value, [], (t) => out.push(t));
  return out.join('\n');
}

/** Checks a translation against the English story and returns the story in that edition's words. */
export function translateStory(english: Story, englishFiles: StoryFiles, edition: EditionFiles): Story {
  const problems: Problem[] = [];
  const copy = parseArchie(edition.copy, TranslationSchema, problems);
  const strings = parseJson(edition.strings, StringsSchema, problems);
  const words = parseJson(edition.words, WordsSchema, problems);
  if (!copy || !strings || !words) throw new ContentError(problems);

  const inCopy = (path: PropertyKey[], expected: string, got?: string) =>
    problems.push({ file: edition.copy.path, line: locateInArchie(edition.copy.text, path), field: fieldName(path), expected, ...(got === undefined ? {} : { got }) });
  const inWords = (path: PropertyKey[], expected: string, got?: string) =>
    problems.push({ file: edition.words.path, line: locateInJson(edition.words.text, path), field: fieldName(path), expected, ...(got === undefined ? {} : { got }) });
  const english$ = englishFiles.copy.path;

  // The same chapters and steps, in the same order: a translation is matched to the English by position and id.
  const sameIds = (kind: 'chapters' | 'steps', ours: readonly { id: string }[], theirs: readonly { id: string }[]) => {
    const n = Math.max(ours.length, theirs.length);
    for (let i = 0; i < n; i++) {
      const a = ours[i]?.id;
      const b = theirs[i]?.id;
      if (a === b) continue;
      if (b === undefined) inCopy([kind, i, 'id'], `no more ${kind}: ${english$} has ${theirs.length}`, `"${a}" (one too many)`);
      else if (a === undefined) inCopy([kind], `the ${kind} of ${english$}: "${b}" is missing`);
      else inCopy([kind, i, 'id'], `"${b}", the ${kind === 'steps' ? 'step' : 'chapter'} at this place in ${english$}`, `"${a}"`);
      return false;
    }
    return true;
  };
  const chaptersMatch = sameIds('chapters', copy.chapters, english.chapters);
  const stepsMatch = sameIds('steps', copy.steps, english.steps);

  if (chaptersMatch) {
    copy.chapters.forEach((c, i) => {
      const want = english.chapters[i]!.questions.length;
      if (c.questions.length !== want) inCopy(['chapters', i, 'questions'], `${want} question(s), as in ${english$}`, `${c.questions.length}`);
    });
  }
  if (stepsMatch) {
    copy.steps.forEach((s, i) => {
      const theirs = english.steps[i]!.body.map((b) => b.type);
      const ours = s.body.map((b) => b.type);
      if (ours.join() !== theirs.join()) inCopy(['steps', i, 'body'], `the blocks of ${english$} in its order (${theirs.join(', ')})`, ours.join(', ') || 'none');
    });
  }
  const theirDates = english.corrections.map((c) => c.date);
  const ourDates = [...(copy.corrections ?? [])].map((c) => c.date).sort();
  if (ourDates.join() !== theirDates.join()) inCopy(['corrections'], `one correction for each in ${english$} (${theirDates.join(', ') || 'none'})`, ourDates.join(', ') || 'none');

  // Every number of a step's (and a chapter note's) English text, in this edition's format.
  const locale = strings.locale;
  const numberCheck = (path: PropertyKey[], englishText: string, ours: string) => {
    const have = new Set(numbersIn(ours, locale));
    const missing = [...new Set(numbersIn(englishText, english.strings.locale))].filter((n) => !have.has(n));
    if (missing.length) {
      const shown = missing.map((n) => new Intl.NumberFormat(locale, { maximumFractionDigits: 6 }).format(n));
      inCopy(path, `the numbers of the English text written as ${locale} writes them: ${shown.join('; ')}`, 'text without them');
    }
  };
  if (stepsMatch) copy.steps.forEach((s, i) => numberCheck(['steps', i, 'id'], allText([english.steps[i]!.alt, english.steps[i]!.body]), allText([s.alt, s.body])));
  if (chaptersMatch) copy.chapters.forEach((c, i) => numberCheck(['chapters', i, 'note'], allText(english.chapters[i]), allText(c)));

  // The words of the data files: the same records and fields as the English, no more.
  const wanted = englishWords(englishFiles);
  const pathOf = Object.fromEntries(wordFiles(englishFiles).map((w) => [w.key, w.file.path]));
  for (const file of Object.keys(wanted)) {
    const theirs = pathOf[file]!;
    const ourFile = words[file];
    if (!ourFile) {
      inWords([], `words for ${theirs} under "${file}"`, 'nothing');
      continue;
    }
    for (const [key, fields] of Object.entries(wanted[file]!)) {
      const ours = ourFile[key];
      if (!ours) {
        inWords([file], `words for "${key}" of ${theirs} (${Object.keys(fields).join(', ')})`, 'nothing');
        continue;
      }
      for (const field of Object.keys(fields)) if (!(field in ours)) inWords([file, key], `a "${field}", as ${theirs} has for "${key}"`, 'nothing');
      for (const field of Object.keys(ours)) {
        if (!(field in fields)) inWords([file, key, field], `only the fields ${theirs} gives "${key}" words for (${Object.keys(fields).join(', ')})`, `"${field}"`);
      }
    }
    for (const key of Object.keys(ourFile)) {
      if (!wanted[file]![key]) inWords([file, key], `only records of ${theirs} that have words`, `"${key}"`);
    }
  }
  for (const file of Object.keys(words)) {
    if (!wanted[file]) inWords([file], `only the files with words (${Object.keys(wanted).join(', ')})`, `"${file}"`);
  }

  // The words of the charts and of the kinds of event: the same as the English has, no more.
  const inStrings = (path: PropertyKey[], expected: string, got?: string) =>
    problems.push({ file: edition.strings.path, line: locateInJson(edition.strings.text, path), field: fieldName(path), expected, ...(got === undefined ? {} : { got }) });
  const sameKeys = (path: string[], theirs: Record<string, unknown>, ours: Record<string, unknown>) => {
    for (const k of Object.keys(theirs)) if (!(k in ours)) inStrings(path, `a "${k}", as ${englishFiles.strings.path} has`, 'nothing');
    for (const k of Object.keys(ours)) if (!(k in theirs)) inStrings([...path, k], `only what ${englishFiles.strings.path} has here (${Object.keys(theirs).join(', ')})`, `"${k}"`);
  };
  sameKeys(['charts'], english.strings.charts, strings.charts);
  for (const [id, theirs] of Object.entries(english.strings.charts)) if (strings.charts[id]) sameKeys(['charts', id], theirs, strings.charts[id]);
  sameKeys(['events'], english.strings.events, strings.events);

  // The copy is untrusted text, in every language.
  const anchors = new Set([...english.steps.map((s) => s.id), ...english.sources.map((s) => `source-${s.id}`)]);
  forEachText(copy, [], (text, path) => {
    const problem = checkMarkup(text, { rich: isRichText(path), anchors });
    if (problem) inCopy(path, problem.expected, problem.got);
  });
  if (problems.length) throw new ContentError(problems);
  const story = merge(english, copy as Translation, strings, words as Words);
  for (const f of unnamedFocus(story)) inCopy(['steps', f.step, 'alt'], FOCUS_NAMED(f.name, f.place), 'an alt and text that do not name it');
  for (const h of unhedged(story)) inWords(['people', h.person, 'whereabouts'], HEDGE_KEPT(strings.people.hedges), `"${h.whereabouts}"`);
  if (problems.length) throw new ContentError(problems);
  return story;
}

function mergeBlock(theirs: Block, ours: Translation['steps'][number]['body'][number]): Block {
  if (theirs.type === 'quote' && ours.type === 'quote') return { type: 'quote', value: { ...theirs.value, ...ours.value } };
  return ours as Block;
}

function rename<T extends object>(record: T, words: Record<string, string> | undefined): T {
  return words ? { ...record, ...words } : record;
}

function merge(english: Story, copy: Translation, strings: Story['strings'], words: Words): Story {
  const byKey = <T extends object>(file: WordFile, records: Record<string, T>) =>
    Object.fromEntries(Object.entries(records).map(([id, r]) => [id, rename(r, words[file]?.[id])]));
  const textOf = new Map((copy.corrections ?? []).map((c) => [c.date, c.text]));
  return {
    ...english,
    headline: copy.headline,
    standfirst: copy.standfirst,
    byline: copy.byline,
    asof: copy.asof,
    corrections: english.corrections.map((c) => ({ ...c, text: textOf.get(c.date) ?? c.text })),
    chapters: english.chapters.map((c, i) => ({ ...c, ...copy.chapters[i]! })),
    steps: english.steps.map((s, i) => {
      const ours = copy.steps[i]!;
      return { ...s, alt: ours.alt, body: s.body.map((b, j) => mergeBlock(b, ours.body[j]!)) };
    }),
    places: byKey('places', english.places),
    figures: byKey('figures', english.figures),
    people: byKey('people', english.people),
    datasets: Object.fromEntries(Object.entries(english.datasets).map(([id, d]) => [id, translateDataset(d, words[id] ?? {})])),
    sources: english.sources.map((r) => rename(r, words['sources']?.[r.id])),
    mapLabels: english.mapLabels.map((r) => rename(r, words['mapLabels']?.[r.id])),
    strings
  };
}

function translateDataset(d: Dataset, words: Record<string, Record<string, string>>): Dataset {
  const rows = d.rows.map((r) => rename(r, words['id' in r ? r.id : String(r.year)]));
  return { ...d, rows } as Dataset;
}
