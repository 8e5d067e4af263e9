/**
 * What a copy desk checks that a program can check too, run on every edition:
 * each place a step frames is spoken of by the words every reader gets, and
 * every unconfirmed whereabouts keeps its hedge. A sensitive item does not
 * count as speaking of a place: the classroom leaves it out, and the map it
 * would leave behind must still be explained by what remains.
 */
import { blockText, isSensitive } from './classroom.ts';
import type { Block, Story } from './schema.ts';

/** The words of a step that the classroom keeps: its map description and every block not marked sensitive. */
function keptWords(alt: string, body: readonly Block[]): string {
  return [alt, ...body.filter((b) => !isSensitive(b)).map(blockText)].join('\n');
}

export interface UnnamedFocus {
  /** The step's index. */
  step: number;
  place: string;
  /** The place's name in this edition. */
  name: string;
}

/** The places a step frames whose name its kept words never write. */
export function unnamedFocus(story: Pick<Story, 'steps' | 'places' | 'strings'>): UnnamedFocus[] {
  const lower = (s: string) => s.toLocaleLowerCase(story.strings.locale);
  return story.steps.flatMap((step, i) => {
    const words = lower(keptWords(step.alt, step.body));
    return (step.focus ?? []).flatMap((id) => {
      const name = story.places[id]?.name;
      return name && !words.includes(lower(name)) ? [{ step: i, place: id, name }] : [];
    });
  });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `text` holds one of `words` as a whole word, in any case. */
export function hasHedge(text: string, words: readonly string[]): boolean {
  return words.some((w) => new RegExp(`(^|[^\\p{L}\\p{N}])${escape(w)}($|[^\\p{L}\\p{N}])`, 'iu').test(text));
}

/** The people whose whereabouts (what is believed of where they are) carry none of the edition's hedge words. */
export function unhedged(story: Pick<Story, 'people' | 'strings'>): Array<{ person: string; whereabouts: string }> {
  return Object.values(story.people).flatMap((p) =>
    p.whereabouts !== undefined && !hasHedge(p.whereabouts, story.strings.people.hedges) ? [{ person: p.id, whereabouts: p.whereabouts }] : []
  );
}

export const FOCUS_NAMED = (name: string, id: string) =>
  `the name "${name}" of the framed place "${id}" in the step's alt or its text (sensitive items do not count: the classroom leaves them out)`;
export const HEDGE_KEPT = (hedges: readonly string[]) => `whereabouts that keep their hedge: one of the words ${hedges.map((h) => `"${h}"`).join(', ')} (strings: people.hedges)`;
