/**
 * The graphic items of a story as pieces of text a served file can be searched
 * for: each item cut at its punctuation into runs of words long enough to be
 * its own (HTML escapes an apostrophe, JSON a quote mark; a run has neither).
 */
import { blockText, isSensitive } from '../../src/lib/content/classroom.ts';
import type { Story } from '../../src/lib/content/schema.ts';

export function sensitiveFragments(story: Story): string[] {
  return story.steps
    .flatMap((s) => s.body)
    .filter(isSensitive)
    .flatMap((b) => blockText(b).split(/[^\p{L}\p{N} ]+/u))
    .map((f) => f.trim())
    .filter((f) => f.length >= 20);
}

/** The fragments of `story`'s graphic items that `served` contains. */
export function sensitiveIn(served: string, story: Story): string[] {
  return sensitiveFragments(story).filter((f) => served.includes(f));
}
