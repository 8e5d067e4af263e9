/**
 * The engine holds no story: src/ and scripts/ name no place, person, country,
 * step, chapter, chart, dataset, figure, source, route or kind of this story
 * or of the example story, so that a newsroom's next story needs only its
 * folder. Names (capitalised) are looked for anywhere, comments included; ids
 * as quoted strings, since many are ordinary words ("entry", "sources") too.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadStory } from '../../src/lib/content/load.ts';
import type { Story } from '../../src/lib/content/schema.ts';

const STORIES = ['data', 'tests/fixtures/visayas'];

function* files(dir: string): Generator<string> {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) yield* files(p);
    else if (/\.(ts|svelte|css|sh|html)$/.test(p)) yield p;
  }
}
const engine = [...files('src'), ...files('scripts'), 'index.html'].map((path) => ({ path, text: readFileSync(path, 'utf8') }));

function vocabulary(story: Story): { names: Set<string>; ids: Set<string> } {
  const names = new Set<string>();
  const ids = new Set<string>();
  for (const p of Object.values(story.places)) {
    names.add(p.name).add(p.country);
    ids.add(p.id).add(p.kind);
  }
  for (const p of Object.values(story.people)) {
    names.add(p.name);
    ids.add(p.id).add(p.status);
  }
  for (const s of story.steps) ids.add(s.id);
  for (const c of story.chapters) ids.add(c.id);
  for (const k of [story.charts, story.datasets, story.figures, story.events, story.people]) for (const id of Object.keys(k)) ids.add(id);
  for (const s of story.sources) ids.add(s.id);
  for (const r of story.routes) ids.add(r.id);
  return { names, ids };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The engine's own words, which a story may use as ids too: the block types, the chart and dataset types. */
const ENGINE_WORDS = new Set(['p', 'quote', 'sensitive', 'sources', 'bars', 'range', 'yearly', 'timeline', 'amounts', 'events']);

describe.each(STORIES)('the engine names nothing of the story in %s', (dir) => {
  const { names, ids: all } = vocabulary(loadStory(dir));
  const ids = new Set([...all].filter((id) => !ENGINE_WORDS.has(id)));
  it('no place, person or country by name', () => {
    const found = engine.flatMap(({ path, text }) => [...names].filter((n) => new RegExp(`(?<![\\p{L}])${escape(n)}(?![\\p{L}])`, 'u').test(text)).map((n) => `${path}: ${n}`));
    expect(found).toEqual([]);
  });
  it('no id of a place, step, chapter, chart, dataset, figure, source, route, kind or status as a string', () => {
    const found = engine.flatMap(({ path, text }) => [...ids].filter((id) => new RegExp(`['"]${escape(id)}['"]`).test(text)).map((id) => `${path}: '${id}'`));
    expect(found).toEqual([]);
  });
});
