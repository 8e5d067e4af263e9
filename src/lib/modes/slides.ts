/**
 * On a projector a step too long for the panel becomes several slides. Its
 * blocks (paragraphs, quote, key figure, chart, key to the map) are measured
 * in the real layout at presentation size (measure-slides.ts) and packed here,
 * in order and greedily, into slides no taller than the panel: plain
 * arithmetic on their extents, so that it is tested without a browser.
 * Nothing is written per step: a longer paragraph or a smaller screen simply
 * makes more slides.
 *
 * A list or a chart is a group of blocks (its items): kept whole when it fits
 * on a slide, and otherwise split between its items, so that a long list of
 * sources or a timeline of events runs on over several slides.
 */

/** One block of a step, as laid out in the panel: the top and bottom of its margin box. */
export interface BlockExtent {
  top: number;
  bottom: number;
  /** The room its groups' top edges take (border, padding) when a slide opens with it in their middle. */
  lead?: number;
  /** The same for their bottom edges, when a slide ends with it in their middle. */
  tail?: number;
  /** A heading, or a chart's title: it never ends a slide, even where it and what follows it overflow one together. */
  keepWithNext?: boolean;
  /** Small print about what precedes it (a source line): it never opens a slide. */
  keepWithPrevious?: boolean;
}

/** The blocks [from, to) are the items of one list or chart. */
export interface BlockGroup {
  from: number;
  to: number;
}

/** The first block of each slide of a step, in order; [0] when the step fits (or cannot be measured). */
export type SlideStarts = number[];

/** The height of a slide showing blocks first to last. */
function height(blocks: readonly BlockExtent[], first: number, last: number): number {
  const a = blocks[first]!;
  const b = blocks[last]!;
  return b.bottom + (b.tail ?? 0) - (a.top - (a.lead ?? 0));
}

/**
 * Packs blocks into slides of at most `capacity` pixels. Blocks inside one
 * slide keep the spacing they have in the full step, so a slide's height is
 * the bottom of its last block minus the top of its first (plus the edges of
 * a group it cuts through). A block taller than a slide gets a slide of its
 * own (and overflows it: the presentation tests report that, so that the
 * layout is changed rather than the text cut).
 */
export function packSlides(blocks: readonly BlockExtent[], capacity: number, groups: readonly BlockGroup[] = []): SlideStarts {
  const starts: SlideStarts = [0];
  if (!(capacity > 0)) return starts;
  const whole = groups.filter((g) => g.to - g.from > 1 && height(blocks, g.from, g.to - 1) <= capacity);
  // Whether a slide may not begin at block `at`.
  const glued = (at: number) =>
    blocks[at]!.keepWithPrevious === true || blocks[at - 1]!.keepWithNext === true || whole.some((g) => g.from < at && at < g.to);
  let start = 0;
  for (let i = 1; i < blocks.length; i++) {
    if (height(blocks, start, i) <= capacity) continue;
    // Break before block i, or earlier where a heading or small print would be left alone.
    let cut = i;
    while (cut > start + 1 && glued(cut)) cut--;
    if (glued(cut)) {
      // A heading (a chart's title) alone on a slide, its text or chart on the next, says nothing:
      // it keeps block i with it on one slide that overflows, as a block taller than a slide does.
      if (blocks[i - 1]!.keepWithNext) continue;
      cut = i;
    }
    starts.push(cut);
    start = cut;
    // The new slide may already be too tall with the blocks carried over: look at block `cut + 1` next.
    i = cut;
  }
  return starts;
}

/** How far through its step the presenter is, 0 to 1: a step's last slide is its end, as in the scrolling story. */
export function slideProgress(slide: number, count: number): number {
  const n = Math.max(1, Math.trunc(count) || 1);
  const s = Math.min(n - 1, Math.max(0, Math.trunc(slide) || 0));
  return (s + 1) / n;
}

/** Which of a step's blocks slide `slide` shows: the half-open range [from, to). */
export function slideRange(starts: readonly number[], slide: number, blockCount: number): BlockGroup {
  if (starts.length === 0) return { from: 0, to: blockCount };
  const s = Math.min(starts.length - 1, Math.max(0, slide));
  return { from: starts[s]!, to: starts[s + 1] ?? blockCount };
}
