import { describe, expect, it } from 'vitest';
import { packSlides, slideProgress, slideRange, type BlockExtent } from '../../src/lib/modes/slides.ts';
import { move } from '../../src/lib/modes/stepper.ts';
import { addressFor, slideOf, stepIndexOf } from '../../src/lib/modes/modes.ts';
import { readMessage } from '../../src/lib/modes/presenter-link.ts';

/** Blocks of the given heights, one under the other with `gap` between them. */
function stack(heights: number[], gap = 0, extra: Partial<BlockExtent>[] = []): BlockExtent[] {
  let y = 0;
  return heights.map((h, i) => {
    const block = { top: y, bottom: y + h, ...extra[i] };
    y += h + gap;
    return block;
  });
}

describe('packSlides: a step split into slides that fit the panel', () => {
  it('keeps a step that fits on one slide', () => {
    expect(packSlides(stack([100, 100, 100]), 300)).toEqual([0]);
    expect(packSlides([], 300)).toEqual([0]);
  });

  it('fills each slide greedily, in order', () => {
    expect(packSlides(stack([100, 100, 100, 100, 100]), 250)).toEqual([0, 2, 4]);
    // The spacing between blocks counts: 3 × 100 + 2 × 10 > 300.
    expect(packSlides(stack([100, 100, 100], 10), 300)).toEqual([0, 2]);
    expect(packSlides(stack([100, 100, 100], 10), 320)).toEqual([0]);
  });

  it('gives a block taller than a slide a slide of its own', () => {
    expect(packSlides(stack([100, 500, 100]), 300)).toEqual([0, 1, 2]);
  });

  it('never ends a slide on a heading, nor opens one with a source line', () => {
    const heading = { keepWithNext: true };
    const source = { keepWithPrevious: true };
    // Paragraph, heading, paragraph: the heading moves on with its paragraph.
    expect(packSlides(stack([150, 50, 150], 0, [{}, heading, {}]), 250)).toEqual([0, 1]);
    // Paragraph, chart, its source: the chart moves on with its source.
    expect(packSlides(stack([150, 100, 40], 0, [{}, {}, source]), 260)).toEqual([0, 1]);
    // A heading and a paragraph too tall together for a slide share one (it overflows, and the
    // presentation tests report it) rather than leave the heading alone on the slide before.
    expect(packSlides(stack([200, 200], 0, [heading, {}]), 300)).toEqual([0]);
    expect(packSlides(stack([100, 200, 200, 100], 0, [{}, heading, {}, {}]), 300)).toEqual([0, 1, 3]);
    // A source line that cannot stay with its chart still opens a slide, where the text runs out of room.
    expect(packSlides(stack([200, 200], 0, [{}, source]), 300)).toEqual([0, 1]);
  });

  it('keeps a list or chart whole when it fits on a slide, and splits a longer one between its items', () => {
    // A paragraph, then a chart of three items (120 in all): the chart goes whole to the next slide.
    const blocks = stack([150, 40, 40, 40]);
    expect(packSlides(blocks, 200, [{ from: 1, to: 4 }])).toEqual([0, 1]);
    // Without the group the slide would have been filled to the brim.
    expect(packSlides(blocks, 200)).toEqual([0, 2]);
    // A list too long for any slide runs on, item by item.
    expect(packSlides(stack([50, 50, 50, 50, 50, 50]), 120, [{ from: 0, to: 6 }])).toEqual([0, 2, 4]);
  });

  it('counts the edges of a group cut in two', () => {
    // Items of 50 in a list whose top edge takes 30 and bottom edge 20 (lead and tail, as measured).
    const items = stack([50, 50, 50, 50]).map((b, i) => ({ ...b, lead: i > 0 ? 30 : 0, tail: i < 3 ? 20 : 0 }));
    // Two items and the bottom edge make 120; a slide opening mid-list needs 30 more above its first item.
    expect(packSlides(items, 130, [{ from: 0, to: 4 }])).toEqual([0, 2]);
    expect(packSlides(items, 120, [{ from: 0, to: 4 }])).toEqual([0, 2, 3]);
    // Without the edges, 100 would hold two items a slide.
    expect(packSlides(stack([50, 50, 50, 50]), 100, [{ from: 0, to: 4 }])).toEqual([0, 2]);
    expect(packSlides(items, 100, [{ from: 0, to: 4 }])).toEqual([0, 1, 2, 3]);
  });

  it('does nothing before the panel is laid out', () => {
    expect(packSlides(stack([500, 500]), 0)).toEqual([0]);
    expect(packSlides(stack([500, 500]), Number.NaN)).toEqual([0]);
  });
});

describe('slide ranges and progress', () => {
  it('gives each slide its blocks, the last one to the end', () => {
    expect(slideRange([0, 2, 4], 0, 6)).toEqual({ from: 0, to: 2 });
    expect(slideRange([0, 2, 4], 2, 6)).toEqual({ from: 4, to: 6 });
    expect(slideRange([0, 2, 4], 9, 6)).toEqual({ from: 4, to: 6 });
  });
  it('grows through a step slide by slide, to its end on the last', () => {
    expect([0, 1, 2].map((s) => slideProgress(s, 3))).toEqual([1 / 3, 2 / 3, 1]);
    expect(slideProgress(0, 1)).toBe(1);
    expect(slideProgress(5, 2)).toBe(1);
  });
});

describe('move: the stepper walks the slides of each step', () => {
  const slides = [1, 3, 2];
  it('steps through a step\'s slides, then on to the next step', () => {
    const walk = [{ index: 0, slide: 0 }];
    for (let i = 0; i < 6; i++) walk.push(move(walk.at(-1)!, 'next', slides));
    expect(walk.map((p) => `${p.index}.${p.slide}`)).toEqual(['0.0', '1.0', '1.1', '1.2', '2.0', '2.1', '2.1']);
  });
  it('goes back to the previous step\'s last slide, and to the very end with End', () => {
    expect(move({ index: 2, slide: 0 }, 'prev', slides)).toEqual({ index: 1, slide: 2 });
    expect(move({ index: 1, slide: 1 }, 'prev', slides)).toEqual({ index: 1, slide: 0 });
    expect(move({ index: 1, slide: 1 }, 'last', slides)).toEqual({ index: 2, slide: 1 });
    expect(move({ index: 1, slide: 1 }, 'first', slides)).toEqual({ index: 0, slide: 0 });
  });
  it('treats a slide past the step\'s last as its last', () => {
    expect(move({ index: 1, slide: 9 }, 'prev', slides)).toEqual({ index: 1, slide: 1 });
  });
});

describe('the slide in the address', () => {
  const steps = [{ id: 'front-door' }, { id: 'marengo' }];
  it('names a later slide after the step, and the first by the step alone', () => {
    const base = 'https://example.org/s/';
    expect(addressFor(base, { present: true, stepId: 'marengo', slide: 2 })).toBe(`${base}?present#marengo/3`);
    expect(addressFor(base, { present: true, stepId: 'marengo', slide: 0 })).toBe(`${base}?present#marengo`);
  });
  it('reads it back, and a bare step id still lands on the step', () => {
    expect(stepIndexOf('#marengo/3', steps)).toBe(1);
    expect(slideOf('#marengo/3')).toBe(2);
    expect(stepIndexOf('#marengo', steps)).toBe(1);
    expect(slideOf('#marengo')).toBe(0);
    expect(slideOf('#marengo/0')).toBe(0);
    expect(stepIndexOf('#atlantis/2', steps)).toBeNull();
  });
});

describe('the presenter view\'s messages', () => {
  const channel = 'story-presenter';
  it('reads its own messages', () => {
    expect(readMessage({ channel, type: 'hello' })).toEqual({ type: 'hello' });
    expect(readMessage({ channel, type: 'here' })).toEqual({ type: 'here' });
    expect(readMessage({ channel, type: 'goto', index: 3, slide: 1 })).toEqual({ type: 'goto', index: 3, slide: 1 });
    expect(readMessage({ channel, type: 'state', index: 1, slide: 0, slides: [[0], [0, 2]] })).toEqual({
      type: 'state',
      index: 1,
      slide: 0,
      slides: [[0], [0, 2]]
    });
  });
  it('reads the projector\'s size with its state, and drops a size that is not one', () => {
    const state = { channel, type: 'state', index: 1, slide: 0, slides: [[0]] };
    expect(readMessage({ ...state, screen: { width: 1280, height: 720 } })).toEqual({ type: 'state', index: 1, slide: 0, slides: [[0]], screen: { width: 1280, height: 720 } });
    for (const screen of [{ width: 0, height: 720 }, { width: 1280 }, { width: '1280', height: 720 }, 'big']) {
      expect(readMessage({ ...state, screen }), JSON.stringify(screen)).toEqual({ type: 'state', index: 1, slide: 0, slides: [[0]] });
    }
  });
  it('ignores anything else: other channels, other shapes, bad numbers', () => {
    for (const data of [
      null,
      'pymxPYMxstoryxPYMxheightxPYMx600',
      { type: 'hello' },
      { channel: 'other', type: 'hello' },
      { channel, type: 'goto', index: -1, slide: 0 },
      { channel, type: 'goto', index: 1.5, slide: 0 },
      { channel, type: 'goto', index: '2', slide: 0 },
      { channel, type: 'state', index: 0, slide: 0, slides: [[]] },
      { channel, type: 'state', index: 0, slide: 0, slides: 'all' },
      { channel, type: 'open', index: 0, slide: 0 }
    ]) {
      expect(readMessage(data), JSON.stringify(data)).toBeNull();
    }
  });
});
