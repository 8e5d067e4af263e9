import { describe, expect, it } from 'vitest';
import { Placement, around, obstaclesOf, overlaps, separateMarkers, type Box } from '../../src/lib/overlay/placement.ts';
import { labelBox, placeLabels } from '../../src/lib/overlay/labels.ts';
import { placeAreaLabels } from '../../src/lib/overlay/area-labels.ts';
import { layoutCallouts } from '../../src/lib/charts/callouts.ts';
import { flightsOnScreen, markersOnScreen } from '../../src/lib/overlay/scene-marks.ts';
import { keysInView, projectionAt } from '../../src/lib/scene/in-view.ts';
import { sceneAt } from '../../src/lib/scene/scene.ts';
import { loadStory } from '../../src/lib/content/load.ts';

const story = loadStory('data');
const W = 400;
const H = 300;
const spot = (x0: number, y0: number, w: number, h: number, cost: number) => ({ box: { x0, y0, x1: x0 + w, y1: y0 + h }, cost });

describe('Placement', () => {
  it('takes the cheapest spot that is inside the region and clear of obstacles and of what was placed', () => {
    const p = new Placement(W, H, { left: 0, top: 0, right: 300, bottom: H }, [around(50, 50, 5)], [{ x0: 100, y0: 0, x1: 150, y1: 50 }]);
    const spots = [spot(45, 45, 20, 10, 0), spot(110, 10, 20, 10, 1), spot(290, 10, 20, 10, 2), spot(200, 200, 20, 10, 3)];
    expect(p.place(spots)).toBe(spots[3]);
    expect(p.taken).toContainEqual(spots[3]!.box);
    // Taken now: the same spot is no longer clear.
    expect(p.place([spots[3]!])).toBeNull();
  });

  it('lets a name touch its own marker, and no other', () => {
    const p = new Placement(W, H, undefined, obstaclesOf([{ id: 'a', x: 100, y: 100, extent: 6 }, { id: 'b', x: 200, y: 100, extent: 6 }], []));
    const againstA = spot(104, 95, 40, 10, 0);
    expect(p.clear(againstA.box, 'a')).toBe(true);
    expect(p.clear(againstA.box, 'b')).toBe(false);
    expect(p.clear(againstA.box)).toBe(false);
  });

  it('where no spot is clear, a piece that must show covers no obstacle if any spot avoids them, then covers least', () => {
    const p = new Placement(W, H, undefined, [around(20, 20, 5)], [{ x0: 0, y0: 0, x1: W, y1: 100 }]);
    const spots = [spot(10, 10, 30, 30, 0), spot(100, 80, 30, 30, 1), spot(200, 50, 30, 30, 2)];
    expect(p.place(spots)).toBeNull();
    expect(p.place(spots, { must: true })).toBe(spots[1]);
  });

  it('forks a copy that later pieces fill without changing the original', () => {
    const p = new Placement(W, H, { left: 10, top: 20, right: 390, bottom: 280 });
    const fork = p.fork();
    expect(fork.bounds).toEqual(p.bounds);
    fork.place([spot(50, 50, 10, 10, 0)]);
    expect(p.taken).toEqual([]);
    expect(fork.taken).toHaveLength(1);
  });
});

describe('separateMarkers', () => {
  it('moves the lesser of two coinciding markers just clear of the other, in the direction it lies, and leaves the rest', () => {
    const input = [
      { id: 'suburb', x: 100.3, y: 101, extent: 3, priority: 1 },
      { id: 'city', x: 100, y: 100, extent: 6, priority: 2 },
      { id: 'far', x: 200, y: 100, extent: 6, priority: 0 }
    ];
    const copy = structuredClone(input);
    const out = separateMarkers(input);
    expect(input).toEqual(copy);
    expect(out.map((m) => m.id)).toEqual(['suburb', 'city', 'far']);
    const [suburb, city, far] = out as [(typeof out)[0], (typeof out)[0], (typeof out)[0]];
    expect(city).toMatchObject({ x: 100, y: 100, moved: false });
    expect(far).toMatchObject({ x: 200, y: 100, moved: false });
    expect(suburb.moved).toBe(true);
    expect(Math.hypot(suburb.x - 100, suburb.y - 100)).toBeCloseTo(6 + 3 + 2, 6);
    // Still below the city, where it really lies: moved apart, not to another side.
    expect(suburb.y).toBeGreaterThan(100);
  });

  it('moves straight down where two are on the same pixel', () => {
    const [, b] = separateMarkers([
      { id: 'a', x: 50, y: 50, extent: 4, priority: 2 },
      { id: 'b', x: 50, y: 50, extent: 4, priority: 1 }
    ]);
    expect(b).toMatchObject({ x: 50, y: 60 });
  });
});

describe('placeLabels in the one placement', () => {
  it('never drops a name that must show: boxed in beside its marker, it goes further out on a leader', () => {
    // Everything beside the marker at (100, 100) is taken, a row above and below included.
    const taken: Box[] = [{ x0: 0, y0: 70, x1: W, y1: 130 }];
    const p = new Placement(W, H, undefined, [], taken);
    const [label] = placeLabels([{ id: 'x', x: 100, y: 100, text: 'Framed', priority: 1, must: true }], p);
    expect(label).toBeDefined();
    expect(label!.leader).not.toBeNull();
    expect(taken.some((t) => overlaps(t, labelBox(label!)))).toBe(false);
    // The same name not marked `must` gives way.
    expect(placeLabels([{ id: 'x', x: 100, y: 100, text: 'Framed', priority: 1 }], new Placement(W, H, undefined, [], taken))).toEqual([]);
  });

  it('keeps names off other places\' markers and off the ends of lines', () => {
    const obstacles = obstaclesOf([{ id: 'a', x: 100, y: 100, extent: 5 }, { id: 'b', x: 130, y: 100, extent: 5 }], [[100, 84]]);
    const [a] = placeLabels([{ id: 'a', x: 100, y: 100, text: 'Alphaville', priority: 1 }], W, H, undefined, obstacles);
    // Right of it is b's marker, and the row above holds a line's end: it goes left.
    expect(a!.anchor).toBe('end');
    expect(obstacles.filter((o) => o.owner !== 'a').some((o) => overlaps(o, labelBox(a!)))).toBe(false);
  });

  it('puts area names after the cards and the place names, clear of both and of the line ends', () => {
    const card: Box = { x0: 150, y0: 100, x1: 300, y1: 180 };
    const p = new Placement(W, H, undefined, obstaclesOf([], [[60, 150]]), [card]);
    const names = placeLabels([{ id: 'a', x: 100, y: 60, text: 'Town', priority: 1 }], p);
    const sea = { id: 'sea', kind: 'sea' as const, lines: ['Sea'], priority: 1 };
    // Centred on the card: nudged up or down at most, never onto it; centred on the line's end: moved off it.
    expect(placeAreaLabels([{ ...sea, x: 220, y: 140 }], p.fork())).toEqual([]);
    const [off] = placeAreaLabels([{ ...sea, x: 60, y: 150 }], p.fork());
    expect(off!.cy).not.toBe(150);
    expect(overlaps(off!.box, around(60, 150, 5))).toBe(false);
    expect(overlaps(off!.box, labelBox(names[0]!))).toBe(false);
  });
});

describe('layoutCallouts with obstacles', () => {
  it('never covers an obstacle where a spot keeps clear of it, cheaper spots notwithstanding', () => {
    const anchors = [{ id: 'p', group: 'haven', x: 300, y: 60 }];
    const sizes = { p: { width: 120, height: 60 } };
    const viewport = { width: 480, height: 320 };
    // The cheapest spot (right, below the place) holds a line's end.
    const free = layoutCallouts(anchors, sizes, viewport).cards[0]!;
    const end = around(free.x + 40, free.y + 30, 5);
    const [card] = layoutCallouts(anchors, sizes, viewport, undefined, { obstacles: [end] }).cards;
    expect(overlaps({ x0: card!.x, y0: card!.y, x1: card!.x + card!.width, y1: card!.y + card!.height }, end)).toBe(false);
  });
});

describe('the story\'s crowded scenes', () => {
  const at = (id: string) => sceneAt(story, story.steps.findIndex((s) => s.id === id), 1);

  it('draws each fugitive line from its places\' markers as moved apart, so line ends and markers agree', () => {
    const scene = at('unresolved');
    const project = projectionAt(scene, { width: 1280, height: 800 }, { left: 580, top: 0, right: 1280, bottom: 800 });
    const markers = markersOnScreen(scene.places, project);
    for (let i = 0; i < markers.length; i++)
      for (let j = i + 1; j < markers.length; j++) {
        const [a, b] = [markers[i]!, markers[j]!];
        expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.id} and ${b.id}`).toBeGreaterThanOrEqual(a.extent + b.extent);
      }
    expect(markers.filter((m) => m.focus).every((m) => !m.moved)).toBe(true);
    for (const f of flightsOnScreen(scene.flights, markers, project)) {
      const flight = scene.flights.find((x) => x.id === f.id)!;
      expect(f.a).toEqual([markers.find((m) => m.id === flight.from)!.x, markers.find((m) => m.id === flight.from)!.y]);
    }
  });

  it('keys only what is within the map: a map of one city leaves out a port far off it, not the line from there', () => {
    const scene = at('freetown-mass');
    const offMap = scene.places.filter((p) => !p.focus).map((p) => p.kind);
    expect(offMap.length).toBeGreaterThan(0);
    for (const size of [{ width: 390, height: 844 }, { width: 1280, height: 800 }, { width: 1920, height: 1080 }]) {
      const keys = keysInView(scene, size);
      expect(keys, `${size.width}x${size.height}`).toEqual(scene.legend.filter((k) => !offMap.includes(k)));
      expect(keys).toContain('fled');
    }
    // Where everything is framed, the legend is whole.
    const whole = at('extraditions');
    expect(keysInView(whole, { width: 390, height: 844 })).toEqual(whole.legend);
  });
});
