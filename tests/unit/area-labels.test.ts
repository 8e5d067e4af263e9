import { describe, expect, it } from 'vitest';
import { geoMercator } from 'd3-geo';
import {
  around,
  areaLabelSize,
  inZoomRange,
  nameLines,
  placeAreaLabels,
  zoomOf,
  type AreaCandidate,
  type Region
} from '../../src/lib/overlay/area-labels.ts';
import { labelBox, overlaps, placeLabels, type Box } from '../../src/lib/overlay/labels.ts';

const W = 400;
const H = 300;

const country = (id: string, x: number, y: number, priority = 1, name = id): AreaCandidate => ({
  id,
  kind: 'country',
  x,
  y,
  lines: nameLines(name),
  priority
});
const sea = (id: string, x: number, y: number, priority = 2, name = id): AreaCandidate => ({ ...country(id, x, y, priority, name), kind: 'sea' });

interface Case {
  name: string;
  candidates: AreaCandidate[];
  taken?: Box[];
  region?: Region;
  /** Ids placed, in the order they were placed. */
  want: string[];
}

const cases: Case[] = [
  { name: 'places a lone label at its anchor', candidates: [country('Ecuador', 200, 150)], want: ['Ecuador'] },
  {
    name: 'places the higher priority first where two collide, whatever the input order',
    candidates: [country('Peru', 200, 150, 1), country('Ecuador', 205, 150, 3)],
    // Peru is nudged below or above Ecuador: both fit.
    want: ['Ecuador', 'Peru']
  },
  {
    name: 'drops the lower priority where no nudge clears the other',
    candidates: [country('Peru', 200, 150, 1), country('Ecuador', 205, 150, 3), country('Colombia', 200, 150, 2), country('Chile', 200, 150, 0)],
    // Colombia is nudged up, Peru down: Chile has nowhere left to go.
    want: ['Ecuador', 'Colombia', 'Peru']
  },
  {
    name: 'breaks ties by id, so the result does not depend on input order',
    candidates: [country('Bbbb', 200, 150), country('Aaaa', 200, 150), country('Cccc', 200, 150)],
    want: ['Aaaa', 'Bbbb', 'Cccc']
  },
  {
    name: 'gives way to a place label placed before it',
    candidates: [country('Colombia', 200, 150)],
    taken: [{ x0: 120, y0: 100, x1: 280, y1: 200 }],
    want: []
  },
  {
    name: 'steps off a place marker by its own height',
    candidates: [country('Ecuador', 200, 150)],
    taken: [around(200, 150, 6)],
    want: ['Ecuador']
  },
  { name: 'drops a label whose box leaves the screen on the right', candidates: [country('Brazil', 390, 150)], want: [] },
  { name: 'drops a label whose box leaves the screen at the top', candidates: [sea('Persian Gulf', 200, 6)], taken: [around(200, 30, 4)], want: [] },
  { name: 'nudges a two-line name at the top edge down into the screen', candidates: [sea('Caribbean Sea', 200, 12)], want: ['Caribbean Sea'] },
  { name: 'drops a label whose anchor is off screen, even if a nudge would bring it in', candidates: [sea('Caribbean Sea', 200, -5)], want: [] },
  { name: 'drops a label far off screen', candidates: [country('Iran', 2000, -500)], want: [] },
  { name: 'drops a label with no position', candidates: [country('Nowhere', Number.NaN, 10)], want: [] },
  {
    name: 'keeps to the region: nothing in the text column on the left',
    candidates: [country('Paraguay', 60, 150), country('Brazil', 300, 150)],
    region: { left: 160, top: 0, right: 400, bottom: 300 },
    want: ['Brazil']
  },
  {
    name: 'keeps to the region and to the screen where the region reaches past it',
    candidates: [country('Brazil', 380, 150), country('Peru', 200, 150)],
    region: { left: -100, top: -100, right: 900, bottom: 900 },
    want: ['Peru']
  }
];

describe('placeAreaLabels', () => {
  it.each(cases)('$name', ({ candidates, taken = [], region, want }) => {
    const before = structuredClone({ candidates, taken, region });
    const placed = placeAreaLabels(candidates, taken, W, H, region);
    expect(placed.map((p) => p.id)).toEqual(want);
    // Inputs are not mutated.
    expect({ candidates, taken, region }).toEqual(before);
    // Nothing overlaps anything, and everything is inside the screen and the region.
    const r = region ?? { left: 0, top: 0, right: W, bottom: H };
    for (const [i, p] of placed.entries()) {
      for (const t of taken) expect(overlaps(p.box, t), `${p.id} on a taken box`).toBe(false);
      for (const q of placed.slice(i + 1)) expect(overlaps(p.box, q.box), `${p.id} on ${q.id}`).toBe(false);
      expect(p.box.x0).toBeGreaterThanOrEqual(Math.max(0, r.left));
      expect(p.box.y0).toBeGreaterThanOrEqual(Math.max(0, r.top));
      expect(p.box.x1).toBeLessThanOrEqual(Math.min(W, r.right));
      expect(p.box.y1).toBeLessThanOrEqual(Math.min(H, r.bottom));
    }
  });

  it('moves a label no further than its own height from its anchor', () => {
    const [p] = placeAreaLabels([country('Ecuador', 200, 150)], [around(200, 150, 6)], W, H);
    expect(Math.abs(p!.cy - 150)).toBeLessThanOrEqual(areaLabelSize('country', ['Ecuador']).height + 6);
    expect(p!.x).toBe(200);
  });

  it('never overlaps in a crowded scene, after the place labels took their places', () => {
    // A grid of places and area names on top of one another, as at a world view.
    const places = Array.from({ length: 24 }, (_, i) => ({
      id: `p${i}`,
      x: 20 + ((i * 53) % 360),
      y: 20 + ((i * 37) % 260),
      text: `Port ${i}`,
      priority: i % 3
    }));
    const placedPlaces = placeLabels(places, W, H);
    const taken = [...placedPlaces.map(labelBox), ...places.map((p) => around(p.x, p.y, 7))];
    const candidates = Array.from({ length: 30 }, (_, i) =>
      (i % 3 ? country : sea)(`area-${i}`, 10 + ((i * 71) % 390), 10 + ((i * 43) % 290), i % 4, i % 2 ? 'Saudi Arabia' : 'United Arab Emirates')
    );
    const placed = placeAreaLabels(candidates, taken, W, H);
    expect(placed.length).toBeGreaterThan(0);
    expect(placed.length).toBeLessThan(candidates.length);
    const boxes = [...taken, ...placed.map((p) => p.box)];
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        if (i >= taken.length) expect(overlaps(a, b)).toBe(false);
      }
    }
    // Placed in priority order.
    const priorities = placed.map((p) => p.priority);
    expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
  });
});

describe('nameLines', () => {
  it.each([
    ['Ecuador', ['Ecuador']],
    ['Sierra Leone', ['Sierra Leone']],
    ['United Arab Emirates', ['United Arab', 'Emirates']],
    ['Mediterranean Sea', ['Mediterranean', 'Sea']],
    ['Atlantic Ocean', ['Atlantic', 'Ocean']],
    ['Bosnia-and-Herzegovina', ['Bosnia-and-Herzegovina']]
  ])('%s → %j', (name, lines) => {
    expect(nameLines(name)).toEqual(lines);
  });
});

describe('zoomOf and inZoomRange', () => {
  it.each([0.5, 2.13, 4.87, 7])('reads zoom %d back from a Web Mercator projection', (zoom) => {
    const mercator = geoMercator()
      .scale((512 * 2 ** zoom) / (2 * Math.PI))
      .translate([200, 150])
      .center([-77, 4]);
    const project = (lon: number, lat: number) => mercator([lon, lat]) as [number, number];
    expect(zoomOf(project)).toBeCloseTo(zoom, 6);
  });

  it.each([
    [2.49, false],
    [2.5, true],
    [7.49, true],
    [7.5, false]
  ])('a label for zoom 2.5 up to 7.5 at zoom %d: %s', (zoom, shown) => {
    expect(inZoomRange({ minZoom: 2.5, maxZoom: 7.5 }, zoom)).toBe(shown);
  });
});

