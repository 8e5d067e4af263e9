/**
 * The charts' maths and layout: scales, growth with progress, what each chart
 * computes from the data, the circle key, the people's cards. Table-driven;
 * every function leaves its inputs as they were.
 */
import { describe, expect, it } from 'vitest';
import { loadStory } from '../../src/lib/content/load.ts';
import {
  GROW_WINDOW,
  circleKey,
  circleRadius,
  grow,
  maxCircleRadius,
  maxTonnesOf,
  percentScale,
  referenceTonnes
} from '../../src/lib/charts/scales.ts';
import {
  datePrecision,
  flowChart,
  formatEventDate,
  seizuresChart,
  shootingsChart,
  sourceLine,
  timelineChart
} from '../../src/lib/charts/data.ts';
import { layoutCallouts, type CalloutAnchor, type Rect, type Size } from '../../src/lib/charts/callouts.ts';
import { markersOf, markerKind } from '../../src/lib/charts/markers.ts';
import { KIND_SHAPES, symbolPath } from '../../src/lib/charts/symbols.ts';
import { formatFraction, formatPercent } from '../../src/lib/charts/text.ts';

const story = loadStory('data');
const nbsp = (s: string) => s.replace(/\u202f|\u00a0/g, ' ');

/** Runs `fn` on a deep copy and checks the copy is unchanged afterwards. */
function pure<T, R>(input: T, fn: (x: T) => R): R {
  const before = structuredClone(input);
  const out = fn(input);
  expect(input).toEqual(before);
  return out;
}

describe('grow', () => {
  const [start, end] = GROW_WINDOW;
  it.each([
    [0, 0, 1, 0],
    [start, 0, 1, 0],
    [end, 0, 1, 1],
    [1, 0, 1, 1],
    [(start + end) / 2, 0, 1, 0.5],
    [1, 3, 4, 1],
    [end, 3, 4, 1],
    [0, 3, 4, 0],
    [Number.NaN, 0, 1, 0],
    [-1, 0, 1, 0],
    [2, 0, 1, 1]
  ])('grow(%d, %i, %i) = %d', (progress, i, n, want) => {
    expect(grow(progress, i, n)).toBeCloseTo(want, 3);
  });
  it('never shrinks as the reader goes on, and later items lag earlier ones', () => {
    for (const n of [1, 2, 5, 11]) {
      for (let i = 0; i < n; i++) {
        let last = 0;
        for (let p = 0; p <= 1.0001; p += 0.01) {
          const g = grow(p, i, n);
          expect(g).toBeGreaterThanOrEqual(last);
          if (i > 0) expect(g).toBeLessThanOrEqual(grow(p, i - 1, n));
          last = g;
        }
        expect(last).toBe(1);
      }
    }
  });
});

describe('scales', () => {
  it.each([
    [123, 390, 844, 27.3],
    [123, 1280, 800, 56],
    [123, 1920, 1080, 75.6],
    [123, 200, 200, 18]
  ])('circles for %d t on a %i×%i map reach %d px', (max, w, h, r) => {
    expect(maxCircleRadius(w, h)).toBeCloseTo(r, 1);
    const scale = circleRadius(max, w, h);
    expect(scale(max)).toBeCloseTo(r, 1);
    // Area, not radius, is proportional to tonnes.
    expect(scale(max / 4)).toBeCloseTo(r / 2, 1);
    expect(scale(0)).toBe(0);
  });
  it('finds the largest tonnage, at least 1', () => {
    expect(pure(story.seizures, maxTonnesOf)).toBe(123);
    expect(maxTonnesOf([])).toBe(1);
  });
  it.each([
    [123, [100, 50, 20]],
    [419, [200, 100, 40]],
    [4190, [2000, 1000, 400]],
    [59, [50, 25, 10]],
    [1, [1, 0.5, 0.2]],
    [0, []]
  ])('reference circles for a maximum of %d: %j', (max, want) => {
    expect(referenceTonnes(max)).toEqual(want);
  });
  it.each([
    [100, 50, 50],
    [100, 150, 100],
    [100, -5, 0],
    [4190, 419, 10]
  ])('percentScale(%d)(%d) = %d', (max, v, want) => {
    expect(percentScale(max)(v)).toBeCloseTo(want, 6);
  });
});

describe('circleKey', () => {
  it.each([
    [390, 844],
    [1280, 800],
    [1920, 1080],
    [200, 200]
  ])('stands the circles on one baseline with labels that never overlap (%i×%i)', (w, h) => {
    const values = referenceTonnes(123);
    const key = pure(values, (v) => circleKey(v, circleRadius(123, w, h)));
    const bottoms = key.circles.map((c) => c.cy + c.r);
    for (const b of bottoms) expect(b).toBeCloseTo(bottoms[0]!, 6);
    const ys = key.circles.map((c) => c.labelY).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(12 - 1e-9);
    for (const c of key.circles) {
      expect(c.labelY).toBeGreaterThanOrEqual(0);
      expect(c.cy + c.r).toBeLessThanOrEqual(key.height);
    }
    expect(key.width).toBeCloseTo(2 * circleRadius(123, w, h)(100), 6);
  });
});

describe('seizuresChart', () => {
  const chart = pure({ seizures: story.seizures, figures: story.figures, places: story.places }, seizuresChart);
  it('draws a bar per record, the largest filling the track', () => {
    expect(chart.bars.map((b) => [b.id, b.tonnes])).toEqual([
      ['belgium', 123],
      ['spain', 118],
      ['netherlands', 59],
      ['rest', 119]
    ]);
    expect(chart.bars[0]!.length).toBe(100);
    expect(chart.bars[2]!.length).toBeCloseTo((59 / 123) * 100, 6);
  });
  it('puts Antwerp inside Belgium, and marks the rest of Europe derived', () => {
    expect(chart.bars[0]!.part).toMatchObject({ place: 'Antwerp', tonnes: 116 });
    expect(chart.bars[0]!.part!.length).toBeCloseTo((116 / 123) * 100, 6);
    expect(chart.bars.filter((b) => b.part).length).toBe(1);
    expect(chart.bars.filter((b) => b.derived).map((b) => b.id)).toEqual(['rest']);
    expect(chart.bars.filter((b) => b.country).map((b) => b.id)).toEqual(['belgium', 'spain', 'netherlands']);
  });
  it('splits the total with the countries first, their share bracketed', () => {
    expect(chart.total.tonnes).toBe(419);
    expect(chart.stack.map((s) => s.id)).toEqual(['belgium', 'spain', 'netherlands', 'rest']);
    expect(chart.stack.reduce((a, s) => a + s.length, 0)).toBeCloseTo(100, 6);
    const last = chart.stack.at(-1)!;
    expect(last.start + last.length).toBeCloseTo(100, 6);
    expect(chart.share.percent).toBe(72);
    expect(chart.share.computed).toBeCloseTo((300 / 419) * 100, 6);
    expect(Math.round(chart.share.computed)).toBe(chart.share.percent);
    expect(chart.sources).toEqual(['eu-seizures-2023']);
  });
  it('names the missing figure when one is gone', () => {
    const { ['antwerp-seized-2023']: _gone, ...figures } = story.figures;
    expect(() => seizuresChart({ seizures: story.seizures, figures, places: story.places })).toThrow(/antwerp-seized-2023/);
  });
});

describe('flowChart', () => {
  const chart = pure({ figures: story.figures }, flowChart);
  it('divides what was seized by each end of the share', () => {
    expect(chart.seized.tonnes).toBe(419);
    expect(chart.scenarios.map((s) => [s.share, s.fraction, s.total])).toEqual([
      [20, 0.2, 2095],
      [10, 0.1, 4190]
    ]);
    expect([chart.implied.low, chart.implied.high]).toEqual(chart.scenarios.map((s) => s.total));
    expect(chart.derived).toMatch(/÷/);
  });
  it('scales both bars to the larger total', () => {
    expect(chart.scenarios[1]!.totalLength).toBe(100);
    expect(chart.scenarios[0]!.totalLength).toBeCloseTo(50, 6);
    for (const s of chart.scenarios) expect(s.seizedLength).toBeCloseTo(10, 6);
  });
});

describe('shootingsChart', () => {
  it('orders the years and scales the bars, keeping the partial flag', () => {
    const input = { shootings: [...story.shootings].reverse() };
    const chart = pure(input, shootingsChart);
    expect(chart.bars.map((b) => [b.year, b.shootings, b.partial, Math.round(b.length)])).toEqual([
      [2024, 92, false, 100],
      [2025, 57, true, 62]
    ]);
    expect(chart.sources).toEqual(['press-report-2025']);
  });
});

describe('timeline', () => {
  it.each([
    ['2019', undefined, 'en-GB', '2019', 'year'],
    ['2023-12', undefined, 'en-GB', 'December 2023', 'month'],
    ['2024-06-25', undefined, 'en-GB', '25 June 2024', 'day'],
    ['2024-06-25', undefined, 'en-US', 'June 25, 2024', 'day'],
    ['2024-03', undefined, 'nl-BE', 'maart 2024', 'month'],
    ['2025', 'summer 2025', 'en-GB', 'summer 2025', 'year']
  ] as const)('%s (when %s) in %s reads "%s"', (date, when, locale, want, precision) => {
    expect(formatEventDate({ date, when }, locale)).toBe(want);
    expect(datePrecision(date)).toBe(precision);
  });

  it('orders events by date, keeps same-day order, and groups them by year', () => {
    const input = { timeline: [...story.timeline].reverse() };
    const chart = pure(input, (x) => timelineChart(x, 'en-GB'));
    const dates = chart.events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(chart.events.map((e) => e.order)).toEqual(chart.events.map((_, i) => i));
    expect([chart.from, chart.to]).toEqual([2019, 2025]);
    expect(chart.years.map((y) => [y.year, y.events.length])).toEqual([
      [2019, 2],
      [2020, 0],
      [2021, 1],
      [2022, 0],
      [2023, 1],
      [2024, 6],
      [2025, 1]
    ]);
    expect(chart.most).toBe(6);
    expect(chart.events.at(-1)!.shown).toBe('summer 2025');
  });

  it('gives every kind its own shape', () => {
    const shapes = Object.values(KIND_SHAPES);
    expect(new Set(shapes).size).toBe(shapes.length);
    for (const shape of shapes) expect(symbolPath(shape, 11)).toMatch(/^M[-\d.,\sLHVAZ]+Z$/);
  });
});

describe('markers', () => {
  it('tells every kind of place apart by shape or size, not by colour alone', () => {
    const markers = markersOf(story.theme.colors);
    const looks = Object.values(markers).map((m) => `${m.shape}/${m.size}`);
    expect(new Set(looks).size).toBe(looks.length);
    expect(markers.entry.shape).not.toBe(markers.origin.shape);
  });
  it.each([
    [{ kind: 'port', role: 'origin' }, 'origin'],
    [{ kind: 'port', role: 'entry' }, 'entry'],
    [{ kind: 'port', role: undefined }, 'origin'],
    [{ kind: 'city', role: undefined }, 'city'],
    [{ kind: 'haven', role: undefined }, 'haven']
  ] as const)('%j is drawn as %s', (place, kind) => {
    expect(markerKind(place)).toBe(kind);
  });
});

describe('formats', () => {
  it.each([
    [0.2, 'en-GB', '0.20'],
    [0.1, 'nl-BE', '0,10']
  ])('fraction %d in %s', (x, locale, want) => expect(formatFraction(x, locale)).toBe(want));
  it.each([
    [72, 'en-GB', '72%'],
    [10, 'fr-BE', '10 %']
  ])('percent %d in %s', (x, locale, want) => expect(nbsp(formatPercent(x, locale))).toBe(want));
  it('writes one source or several, and refuses an unknown one', () => {
    const words = { source: 'Source', sources: 'Sources', labelled: '{label}: {text}' };
    expect(sourceLine(['eu-seizures-2023'], story.sources, words)).toBe('Source: European cocaine seizure statistics, 2023');
    expect(sourceLine(['eu-seizures-2023', 'press-report-2025', 'eu-seizures-2023'], story.sources, words)).toMatch(/^Sources: European .*; Press report/);
    expect(() => sourceLine(['nowhere'], story.sources, words)).toThrow(/nowhere/);
  });
});

describe('layoutCallouts', () => {
  const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  const rect = (c: { x: number; y: number; width: number; height: number }): Rect => ({ left: c.x, top: c.y, right: c.x + c.width, bottom: c.y + c.height });
  const phone = { width: 390, height: 844 };
  const phoneFree = { left: 31, top: 68, right: 359, bottom: 464 };
  const desktop = { width: 1920, height: 1080 };
  const desktopFree = { left: 845, top: 108, right: 1805, bottom: 972 };
  const cards = (ids: string[], size: Size) => Object.fromEntries(ids.map((id) => [id, size]));

  const cases: Array<[string, CalloutAnchor[], Size, Size, Rect]> = [
    ['one person, phone', [{ id: 'a', group: 'freetown', x: 140, y: 428 }], { width: 187, height: 58 }, phone, phoneFree],
    [
      'three people at one place near the right edge, phone',
      ['a', 'b', 'c'].map((id) => ({ id, group: 'dubai', x: 330, y: 360 })),
      { width: 187, height: 62 },
      phone,
      phoneFree
    ],
    [
      'two places close together, phone',
      [
        { id: 'a', group: 'dubai', x: 330, y: 300 },
        { id: 'b', group: 'freetown', x: 60, y: 366 }
      ],
      { width: 187, height: 62 },
      phone,
      phoneFree
    ],
    [
      'three at one place and one elsewhere, projector',
      [...['a', 'b', 'c'].map((id) => ({ id, group: 'dubai', x: 1715, y: 815 })), { id: 'd', group: 'freetown', x: 930, y: 835 }],
      { width: 240, height: 104 },
      desktop,
      desktopFree
    ],
    ['a place off the screen', [{ id: 'a', group: 'x', x: 2500, y: -40 }], { width: 240, height: 104 }, desktop, desktopFree]
  ];

  it.each(cases)('%s: every card on screen, none overlapping, each group tied to its place', (_name, anchors, size, viewport, region) => {
    const sizes = cards(anchors.map((a) => a.id), size);
    const { cards: placed, leaders } = pure({ anchors, sizes }, (x) => layoutCallouts(x.anchors, x.sizes, viewport, region));
    expect(placed.map((c) => c.id)).toEqual(anchors.map((a) => a.id));
    for (const c of placed) {
      expect(c.x).toBeGreaterThanOrEqual(0);
      expect(c.y).toBeGreaterThanOrEqual(0);
      expect(c.x + c.width).toBeLessThanOrEqual(viewport.width);
      expect(c.y + c.height).toBeLessThanOrEqual(viewport.height);
    }
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) expect(overlaps(rect(placed[i]!), rect(placed[j]!)), `${placed[i]!.id} and ${placed[j]!.id}`).toBe(false);
    }
    const groups = [...new Set(anchors.map((a) => a.group))];
    expect(leaders.map((l) => l.group)).toEqual(groups);
    for (const l of leaders) {
      const members = placed.filter((c) => c.group === l.group);
      const anchor = anchors.find((a) => a.group === l.group)!;
      // No card sits on its own place, so there is always a line from it.
      expect(l.line).not.toBeNull();
      expect([l.line!.x1, l.line!.y1]).toEqual([anchor.x, anchor.y]);
      if (members.length > 1 && l.bracket) expect(l.bracket.ticks).toHaveLength(members.length);
    }
  });

  it('keeps the cards inside the part of the screen the text leaves free, when they fit there', () => {
    const anchors = ['a', 'b', 'c'].map((id) => ({ id, group: 'dubai', x: 330, y: 420 }));
    const { cards: placed } = layoutCallouts(anchors, cards(['a', 'b', 'c'], { width: 187, height: 62 }), phone, phoneFree);
    for (const c of placed) {
      expect(c.y).toBeGreaterThanOrEqual(phoneFree.top);
      expect(c.y + c.height).toBeLessThanOrEqual(phoneFree.bottom);
    }
  });

  it('crosses a line rather than cover a place the camera frames', () => {
    const viewport = { width: 400, height: 300 };
    const anchor = [{ id: 'a', group: 'g', x: 200, y: 150 }];
    const size = cards(['a'], { width: 100, height: 40 });
    const place = { x: 250, y: 180 }; // where the first choice, right and below, would put the card
    // A line through every other spot beside the anchor.
    const line = [{ x: 134, y: 184 }, { x: 134, y: 116 }, { x: 266, y: 116 }];
    const [card] = layoutCallouts(anchor, size, viewport, undefined, { keepClear: [place], avoid: line }).cards;
    const covers = card!.x < place.x + 70 && place.x - 14 < card!.x + card!.width && card!.y < place.y + 10 && place.y - 10 < card!.y + card!.height;
    expect(covers, JSON.stringify(card)).toBe(false);
    // With nothing to keep clear, the line alone moves the card to the one spot it does not cross.
    const [free] = layoutCallouts(anchor, size, viewport, undefined, { avoid: line }).cards;
    expect([free!.x, free!.y]).toEqual([216, 164]);
  });

  it('stacks the cards of one place in the order given', () => {
    const anchors = ['a', 'b', 'c'].map((id) => ({ id, group: 'g', x: 1000, y: 500 }));
    const { cards: placed } = layoutCallouts(anchors, cards(['a', 'b', 'c'], { width: 200, height: 50 }), desktop, desktopFree);
    expect(placed.map((c) => c.x)).toEqual([placed[0]!.x, placed[0]!.x, placed[0]!.x]);
    expect(placed[1]!.y - placed[0]!.y).toBe(56);
    expect(placed[2]!.y - placed[1]!.y).toBe(56);
  });
});

describe('the written-out scales match d3-scale', () => {
  it.each([
    [123, 40],
    [419, 100],
    [1, 18]
  ])('sqrt and linear with max %d and top %d', async (max, top) => {
    const { scaleSqrt, scaleLinear } = await import('d3-scale');
    const { sqrtScale, linearScale } = await import('../../src/lib/charts/scales.ts');
    const d3sqrt = scaleSqrt().domain([0, max]).range([0, top]);
    const d3lin = scaleLinear().domain([0, max]).range([0, top]).clamp(true);
    for (const v of [0, max / 7, max / 2, max, max * 1.5, -max / 3]) {
      expect(sqrtScale(max, top)(v)).toBeCloseTo(d3sqrt(v), 9);
      expect(linearScale(max, top)(v)).toBeCloseTo(d3lin(v), 9);
    }
  });
});
