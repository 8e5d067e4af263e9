import { describe, expect, it } from 'vitest';
import { loadStory } from '../../src/lib/content/load.ts';
import { parseStory } from '../../src/lib/content/parse.ts';
import { sceneAt } from '../../src/lib/scene/scene.ts';
import { grownFraction } from '../../src/lib/scene/growth.ts';
import { FLIGHTS_DONE, flightsOf } from '../../src/lib/scene/flights.ts';
import { boundsCenter, deriveCamera, fitZoom } from '../../src/lib/geo/camera.ts';
import { mercatorY } from '../../src/lib/geo/mercator.ts';
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
    expect(circles.find((c) => c.id === 'belgium')).toMatchObject({ value: 123, lon: 4.4, lat: 51.26 });
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

describe('flights', () => {
  const stepOf = (id: string) => story.steps.find((s) => s.id === id)!;
  const place = (id: string) => story.places[id]!;
  const people = (...ids: string[]) => ids.map((id) => story.people[id]!);

  it('draws each fugitive\'s way out in every step that names people, and nothing elsewhere', () => {
    for (const step of story.steps) {
      const s = sceneAt(story, step.index, 1);
      const fled = s.flights.filter((f) => f.kind === 'fled').flatMap((f) => f.people);
      expect(fled.sort(), step.id).toEqual([...new Set(step.people ?? [])].sort());
      expect(s.legend.includes('fled'), step.id).toBe(fled.length > 0);
    }
  });

  it('draws Edegem → Dubai for El Kasmioui, with both ends marked and keyed', () => {
    const s = sceneAt(story, stepOf('piwi-in-dubai').index, 1);
    expect(s.flights).toEqual([
      { id: 'fled-edegem-dubai', kind: 'fled', from: 'edegem', to: 'dubai', ends: [[4.44, 51.16], [55.27, 25.19]], people: ['el-kasmioui'], drawn: 1 }
    ]);
    expect(s.places.map((p) => p.id)).toEqual(expect.arrayContaining(['edegem', 'dubai']));
    expect(s.legend).toContain('fled');
    expect(s.legend).not.toContain('returned');
  });

  it('merges identical lines: two men returned to Belgium give one line standing for both', () => {
    const s = sceneAt(story, stepOf('extraditions').index, 1);
    expect(s.flights.map((f) => [f.id, f.people])).toEqual([
      ['fled-amsterdam-dubai', ['taghi']],
      ['fled-antwerp-dubai', ['el-hajjioui', 'el-ballouti']],
      ['returned-dubai-amsterdam', ['taghi']],
      ['returned-dubai-antwerp', ['el-hajjioui', 'el-ballouti']]
    ]);
    expect(s.legend).toEqual(expect.arrayContaining(['fled', 'returned']));
    expect(s.legend.indexOf('fled')).toBeLessThan(s.legend.indexOf('returned'));
  });

  it('joins the same two places both ways, in opposite directions', () => {
    const [out, back] = flightsOf(people('taghi'), place, 1);
    expect(out).toMatchObject({ kind: 'fled', from: 'amsterdam', to: 'dubai' });
    expect(back).toMatchObject({ kind: 'returned', from: 'dubai', to: 'amsterdam' });
    expect(back!.ends).toEqual([...out!.ends].reverse());
  });

  it('grows every line monotonically with progress, whole by FLIGHTS_DONE and from 0 at the start', () => {
    for (const id of ['piwi-in-dubai', 'extraditions', 'bolle-jos', 'unresolved']) {
      const index = stepOf(id).index;
      let last = sceneAt(story, index, 0).flights.map((f) => f.drawn);
      expect(last.every((d) => d === 0), id).toBe(true);
      for (let p = 0.05; p <= 1.0001; p += 0.05) {
        const now = sceneAt(story, index, p).flights.map((f) => f.drawn);
        now.forEach((d, i) => expect(d, `${id} at ${p.toFixed(2)}`).toBeGreaterThanOrEqual(last[i]!));
        last = now;
      }
      expect(sceneAt(story, index, FLIGHTS_DONE).flights.every((f) => f.drawn === 1), id).toBe(true);
    }
  });

  it('starts the way back only once the way out is drawn', () => {
    const index = stepOf('extraditions').index;
    for (let p = 0; p <= 1.0001; p += 0.02) {
      const s = sceneAt(story, index, p);
      const outDone = s.flights.filter((f) => f.kind === 'fled').every((f) => f.drawn === 1);
      const backStarted = s.flights.some((f) => f.kind === 'returned' && f.drawn > 0);
      if (backStarted) expect(outDone, `at ${p.toFixed(2)}`).toBe(true);
    }
    const mid = sceneAt(story, index, FLIGHTS_DONE * 0.75).flights;
    expect(mid.find((f) => f.kind === 'returned')!.drawn).toBeGreaterThan(0);
  });

  it('is deterministic and does not mutate its inputs', () => {
    const input = people('taghi', 'el-hajjioui', 'el-ballouti');
    const before = structuredClone(input);
    const a = flightsOf(input, place, 0.3);
    expect(flightsOf(input, place, 0.3)).toEqual(a);
    expect(input).toEqual(before);
    // The lines own their arrays: changing one scene's does not reach the next.
    a[0]!.people.push('someone');
    a[0]!.ends[0][0] = 0;
    expect(flightsOf(input, place, 0.3)).not.toEqual(a);
  });

  it('lists a person once on a line even if the step names them twice', () => {
    expect(flightsOf(people('leijdekkers', 'leijdekkers'), place, 1)).toEqual([
      expect.objectContaining({ id: 'fled-rotterdam-freetown', people: ['leijdekkers'] })
    ]);
  });

  it('draws no lines for a step without people', () => {
    expect(sceneAt(small, 0, 1).flights).toEqual([]);
    expect(flightsOf([], place, 0.5)).toEqual([]);
  });
});

describe('sceneAt: the countries a step is about', () => {
  it.each([
    ['sea-lanes', ['Belgium', 'Brazil', 'Paraguay']],
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
  it('zooms out for wider bounds and in for a bigger region', () => {
    const region = { width: 700, height: 640 };
    expect(fitZoom([[-80, -30], [10, 55]], region)).toBeLessThan(fitZoom([[0, 50], [10, 55]], region));
    expect(fitZoom([[0, 50], [10, 55]], { width: 1400, height: 1280 })).toBeCloseTo(fitZoom([[0, 50], [10, 55]], region) + 1, 1);
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
  const desk = { width: 1280, height: 800 };
  const phone = { width: 390, height: 844 };
  // A text column on the left of a desktop; a map held in the top 44 % of a phone.
  const column = { left: 560, top: 12, right: 1268, bottom: 788 };
  const top = { left: 12, top: 12, right: 378, bottom: 360 };
  it('pads the camera to the free region it is given, in pixels', () => {
    const wide = targetCamera(scene, desk, column);
    expect(wide.padding).toEqual({ left: 560, top: 12, right: 12, bottom: 12 });
    const narrow = targetCamera(scene, phone, top);
    expect(narrow.padding).toEqual({ left: 12, top: 12, right: 12, bottom: 844 - 360 });
    expect(wide.center).toEqual(scene.camera.center);
    expect(narrow.center).toEqual(scene.camera.center);
  });
  it('frames in the whole viewport when no region is given', () => {
    expect(targetCamera(scene, desk).padding).toEqual({ left: 0, top: 0, right: 0, bottom: 0 });
  });
  it('fits the bounds to the region, not to the viewport', () => {
    expect(targetCamera(scene, phone, top).zoom).toBeLessThan(targetCamera(scene, desk, column).zoom);
    expect(targetCamera(scene, phone, top).zoom).toBeLessThan(targetCamera(scene, phone).zoom);
  });
  it('treats float noise as the same camera, a real move as different', () => {
    const a = targetCamera(scene, desk, column);
    expect(sameCamera(a, { ...a, center: [a.center[0] + 1e-6, a.center[1]] })).toBe(true);
    expect(sameCamera(a, { ...a, zoom: a.zoom + 0.5 })).toBe(false);
    expect(sameCamera(a, { ...a, padding: { ...a.padding, left: a.padding.left + 40 } })).toBe(false);
  });
});
