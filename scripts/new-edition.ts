/**
 * `npm run new-edition -- nl nl-BE`: starts a translation. Writes
 * data/story.nl.aml (the copy without what a step shows: the words only),
 * data/strings.nl.json and data/words.nl.json (the words in the data files),
 * each filled with the English to be written over. Never overwrites a file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { englishWords, wordsOfCopy } from '../src/lib/content/editions.ts';
import { readStoryFiles } from '../src/lib/content/load.ts';
import { storyDir } from './lib/story-dir.ts';

const [lang, locale] = process.argv.slice(2);
if (!lang || !/^[a-z]{2}$/.test(lang) || !locale) {
  console.error('usage: npm run new-edition -- <two-letter language> <locale>, e.g. npm run new-edition -- de de-BE');
  process.exit(1);
}
const data = storyDir();
const out = (name: string) => resolve(data, name.replace('.en.', `.${lang}.`));
for (const name of ['story.en.aml', 'strings.en.json', 'words.en.json']) {
  if (existsSync(out(name))) {
    console.error(`data/${name.replace('.en.', `.${lang}.`)} exists already; this only starts a new edition.`);
    process.exit(1);
  }
}

const files = readStoryFiles(data);
writeFileSync(out('story.en.aml'), wordsOfCopy(files.copy.text));
const strings = JSON.parse(readFileSync(resolve(data, 'strings.en.json'), 'utf8')) as Record<string, unknown>;
writeFileSync(out('strings.en.json'), `${JSON.stringify({ ...strings, lang: locale, locale }, null, 2)}\n`);
// One record a line: a translator reads the words side by side with their ids.
const words = Object.entries(englishWords(files)).map(
  ([file, records]) => `  ${JSON.stringify(file)}: {\n${Object.entries(records).map(([id, w]) => `    ${JSON.stringify(id)}: ${JSON.stringify(w)}`).join(',\n')}\n  }`
);
writeFileSync(out('words.en.json'), `{\n${words.join(',\n')}\n}\n`);
console.log(`wrote data/story.${lang}.aml, data/strings.${lang}.json and data/words.${lang}.json: write the ${locale} words over the English ones.`);
