import { describe, expect, it } from 'vitest';
import { loadStory } from '../../src/lib/content/load.ts';
import { parseStory } from '../../src/lib/content/parse.ts';
import { grownFraction, sceneAt } from '../../src/lib/scene/scene.ts';
import { boundsCenter, deriveCamera, fitZoom, mercatorY, PADDING } from '../../src/lib/scene/camera.ts';
import { sameCamera, targetCamera } from '../../src/lib/map/target.ts';
import { files } from './content.fixtures.ts';

const story = loadStory('data');
const small = parseStory(files());

describe('sceneAt', () => {
  it('gives every step of the real story a scene with a finite camera', () => {
    for (const step of story.steps) {
      const s = sceneAt(story, step.index, 0.5);
      expect(s.stepId).toBe(step.id);
      expect(s.camera.center.every(Number.isFinite), step.id).toBe(true);
      expect(s.camera.zoom, step.id).toBeGreaterThan(0);
      expect(s.alt).toBe(step.alt);
    }
  });

  it('is deterministic and does not mutate the story', () => {
    const before = JSON.stringify(story);
    const a = sceneAt(story, 3, 0.42);
    const b = sceneAt(story, 3, 0.42);
    expect(a).toEqual(b);
    expect(JSON.stringify(story)).toBe(before);
  });

  it('does not depend on the steps visited before', () => {
    const direct = sceneAt(story, 7, 0.3);
    for (let i = 0; i < story.steps.length; i++) sceneAt(story, i, Math.random());
    expect(sceneAt(story, 7, 0.3)).toEqual(direct);
  });

  it('clamps the step index and progress', () => {
    expect(sceneAt(small, -4, 0).stepId).toBe('first');
    expect(sceneAt(small, 99, 0).stepId).toBe('second');
    expect(sceneAt(small, 0, 7).progress).toBe(1);
    expect(sceneAt(small, 0, Number.NaN).progress).toBe(0);
  });

  it('grows routes with progress on a `draw: grow` step', () => {
    const drawn = (p: number) => sceneAt(small, 0, p).routes.map((r) => r.drawn);
    expect(drawn(0)).toEqual([0]);
    expect(drawn(1)).toEqual([1]);
    const mid = drawn(0.5)[0]!;
    expect(mid).toBeGreaterThan(0);
    expect(mid).toBeLessThan(1);
  });

  it('marks both ends of every route it shows, and the focus', () => {
    const s = sceneAt(small, 0, 0);
    expect(s.places.map((p) => p.id).sort()).toEqual(['antwerp', 'santos']);
    expect(s.places.every((p) => p.focus)).toBe(true);
  });

  it('shows seizure circles only where a step asks, and only those with a place', () => {
    expect(sceneAt(small, 0, 0).circles).toEqual([]);
    const circles = sceneAt(small, 1, 0).circles;
    expect(circles.map((c) => c.id).sort()).toEqual(['belgium', 'netherlands', 'spain']);
    expect(circles.find((c) => c.id === 'belgium')).toMatchObject({ tonnes: 123, lon: 4.4, lat: 51.26 });
  });

  it('uses the given zoom for a single focus place', () => {
    expect(sceneAt(small, 1, 0).camera).toMatchObject({ center: [4.4, 51.26], zoom: 7, fit: null });
  });

  it('shows the crossing with growing routes in the real story', () => {
    const growing = story.steps.filter((s) => s.draw === 'grow');
    expect(growing.length).toBeGreaterThan(0);
    for (const step of growing) {
      expect(sceneAt(story, step.index, 0).routes.every((r) => r.drawn === 0)).toBe(true);
      expect(sceneAt(story, step.index, 1).routes.every((r) => r.drawn === 1)).toBe(true);
    }
  });
});

describe('sceneAt: the countries a step is about', () => {
  it.each([
    ['andean-ports', ['Colombia', 'Ecuador', 'Panama']],
    ['fruit-containers', ['Belgium', 'Colombia', 'Ecuador', 'Panama']],
    ['west-africa', ['Belgium', 'Brazil', 'Sierra Leone']],
    ['front-door', ['Belgium', 'Netherlands', 'Spain']],
    ['extraditions', ['Belgium', 'Netherlands', 'United Arab Emirates']]
  ])('%s tints %j', (id, countries) => {
    const step = story.steps.find((s) => s.id === id)!;
    expect(sceneAt(story, step.index, 0.5).countries).toEqual(countries);
  });

  it('takes them from the marked places (route ends included), once each, sorted', () => {
    // The small story's first step marks Santos and Antwerp as the ends of its route.
    expect(sceneAt(small, 0, 0).countries).toEqual(['Belgium', 'Brazil']);
    for (const step of story.steps) {
      const scene = sceneAt(story, step.index, 0);
      const wanted = [...new Set(scene.places.map((p) => story.places[p.id]!.country))].sort();
      expect(scene.countries, step.id).toEqual(wanted);
    }
  });

  it('hands every map label to the renderer, untouched', () => {
    const before = structuredClone(story.mapLabels);
    const scene = sceneAt(story, 1, 0);
    expect(scene.mapLabels).toEqual(before);
    expect(story.mapLabels).toEqual(before);
  });
});

describe('grownFraction', () => {
  it.each([
    [0, 0, 3, 0],
    [1, 0, 3, 1],
    [1, 2, 3, 1],
    [0.1, 2, 3, 0]
  ])('progress %d, route %d of %d → %d', (p, i, n, want) => {
    expect(grownFraction(p, i, n)).toBe(want);
  });
  it('starts later routes later', () => {
    expect(grownFraction(0.4, 0, 4)).toBeGreaterThan(grownFraction(0.4, 3, 4));
  });
});

describe('camera maths', () => {
  it('puts the Mercator centre of symmetric latitudes on the equator', () => {
    expect(boundsCenter([[-10, -20], [10, 20]])).toEqual([0, 0]);
  });
  it('puts the centre of a northern box north of the plain average of its latitudes', () => {
    const [, lat] = boundsCenter([[0, 40], [10, 60]]);
    expect(lat).toBeGreaterThan(50);
  });
  it('zooms out for wider bounds and in for a bigger viewport', () => {
    const pad = PADDING.wide;
    const vp = { width: 1280, height: 800 };
    expect(fitZoom([[-80, -30], [10, 55]], vp, pad)).toBeLessThan(fitZoom([[0, 50], [10, 55]], vp, pad));
    expect(fitZoom([[0, 50], [10, 55]], { width: 2560, height: 1600 }, pad)).toBeCloseTo(fitZoom([[0, 50], [10, 55]], vp, pad) + 1, 1);
  });
  it('is symmetric in Mercator y', () => {
    expect(mercatorY(30)).toBeCloseTo(-mercatorY(-30), 10);
  });
  it.each([
    [{}, /focus/],
    [{ focus: [[4, 51]] as Array<[number, number]> }, /zoom/],
    [{ center: [4, 51] as [number, number] }, /zoom/],
    [{ focus: [[4, 51], [4, 51]] as Array<[number, number]> }, /zoom/]
  ])('cannot derive a camera from %j', (spec, reason) => {
    const r = deriveCamera(spec);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });
});

describe('targetCamera', () => {
  const scene = sceneAt(small, 0, 0);
  it('pads for the text column on a desktop and the cards on a phone', () => {
    const wide = targetCamera(scene, { width: 1280, height: 800 });
    const narrow = targetCamera(scene, { width: 390, height: 844 });
    expect(wide.padding.left).toBeGreaterThan(wide.padding.right);
    expect(narrow.padding.bottom).toBeGreaterThan(narrow.padding.top);
    expect(wide.center).toEqual(scene.camera.center);
    expect(narrow.center).toEqual(scene.camera.center);
  });
  it('fits the bounds to the actual viewport', () => {
    const phone = targetCamera(scene, { width: 390, height: 844 });
    const desk = targetCamera(scene, { width: 1280, height: 800 });
    expect(phone.zoom).toBeLessThan(desk.zoom);
  });
  it('treats float noise as the same camera, a real move as different', () => {
    const a = targetCamera(scene, { width: 1280, height: 800 });
    expect(sameCamera(a, { ...a, center: [a.center[0] + 1e-6, a.center[1]] })).toBe(true);
    expect(sameCamera(a, { ...a, zoom: a.zoom + 0.5 })).toBe(false);
    expect(sameCamera(a, { ...a, padding: { ...a.padding, left: a.padding.left + 40 } })).toBe(false);
  });
});
