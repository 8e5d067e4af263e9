/**
 * `npx tsx scripts/lib/foreign-names.ts <built site> <other story folder>`: fails
 * if the site names a place, person or country of the other story, so that a
 * story built from its own folder carries nothing of another (the engine's
 * own tests check its code the same way, tests/unit/engine-holds-no-story.test.ts).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadStory } from '../../src/lib/content/load.ts';

const [site, other] = process.argv.slice(2);
if (!site || !other) {
  console.error('usage: foreign-names.ts <built site> <other story folder>');
  process.exit(2);
}
const story = loadStory(other);
const names = new Set([...Object.values(story.places).flatMap((p) => [p.name, p.country]), ...Object.values(story.people).map((p) => p.name)]);
function* files(dir: string): Generator<string> {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) yield* files(p);
    else if (/\.(html|js|css|json|svg)$/.test(p)) yield p;
  }
}
const found: string[] = [];
for (const file of files(site)) {
  const text = readFileSync(file, 'utf8');
  for (const name of names) if (new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(text)) found.push(`${file}: ${name}`);
}
if (found.length) {
  console.error(`${site} names ${other}'s places or people:\n  ${found.join('\n  ')}`);
  process.exit(1);
}
console.log(`${site}: nothing of ${other}'s ${names.size} place, country and people names`);
