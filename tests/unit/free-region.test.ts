import { describe, expect, it } from 'vitest';
import { frameRegion, largestFreeRect, paddingOf, type Rect } from '../../src/lib/layout/free-region.ts';
import { targetCamera, type TargetCamera, type Viewport } from '../../src/lib/map/target.ts';
import { mercatorY } from '../../src/lib/geo/mercator.ts';
import { sceneAt } from '../../src/lib/scene/scene.ts';
import { loadStory } from '../../src/lib/content/load.ts';

const story = loadStory('data');

const stageOf = (w: number, h: number): Rect => ({ left: 0, top: 0, right: w, bottom: h });

describe('largestFreeRect', () => {
  it.each([
    ['nothing covers the stage', stageOf(1000, 600), [], stageOf(1000, 600)],
    ['a column on the left', stageOf(1280, 800), [{ left: 40, top: 0, right: 520, bottom: 800 }], { left: 520, top: 0, right: 1280, bottom: 800 }],
    ['a panel along the bottom', stageOf(390, 844), [{ left: 0, top: 464, right: 390, bottom: 844 }], { left: 0, top: 0, right: 390, bottom: 464 }],
    [
      'a column and a bar in the top right corner',
      stageOf(1280, 800),
      [
        { left: 40, top: 0, right: 520, bottom: 800 },
        { left: 1000, top: 16, right: 1264, bottom: 60 }
      ],
      { left: 520, top: 60, right: 1280, bottom: 800 }
    ],
    ['an obstacle outside the stage', stageOf(400, 300), [{ left: 500, top: 0, right: 600, bottom: 300 }], stageOf(400, 300)]
  ])('%s', (_, stage, obstacles, want) => {
    const before = structuredClone(obstacles);
    expect(largestFreeRect(stage, obstacles)).toEqual(want);
    expect(obstacles).toEqual(before);
  });

  it('never returns a rectangle that overlaps an obstacle', () => {
    const stage = stageOf(900, 700);
    const obstacles = [
      { left: 0, top: 0, right: 300, bottom: 700 },
      { left: 600, top: 0, right: 900, bottom: 80 },
      { left: 700, top: 600, right: 900, bottom: 700 }
    ];
    const free = largestFreeRect(stage, obstacles);
    for (const o of obstacles) {
      const apart = free.right <= o.left || o.right <= free.left || free.bottom <= o.top || o.bottom <= free.top;
      expect(apart).toBe(true);
    }
    expect((free.right - free.left) * (free.bottom - free.top)).toBeGreaterThan(0);
  });
});

describe('frameRegion', () => {
  it('keeps a margin inside the free rectangle', () => {
    expect(frameRegion(stageOf(1280, 800), [{ left: 0, top: 0, right: 520, bottom: 800 }], 12)).toEqual({ left: 532, top: 12, right: 1268, bottom: 788 });
  });
  it('frames in the whole stage when almost all of it is covered', () => {
    expect(frameRegion(stageOf(360, 640), [{ left: 0, top: 40, right: 360, bottom: 640 }])).toEqual(stageOf(360, 640));
  });
  it('gives MapLibre padding as distances from the edges', () => {
    expect(paddingOf({ left: 532, top: 12, right: 1268, bottom: 788 }, { width: 1280, height: 800 })).toEqual({ left: 532, top: 12, right: 12, bottom: 12 });
  });
});

/** Web Mercator as MapLibre draws it, written out independently of the project's projection code. */
function project(camera: TargetCamera, viewport: Viewport, lon: number, lat: number): [number, number] {
  const world = 512 * 2 ** camera.zoom;
  const x = (l: number) => ((l + 180) / 360) * world;
  const y = (l: number) => ((1 - mercatorY(l) / Math.PI) / 2) * world;
  const { top, right, bottom, left } = camera.padding;
  const cx = left + (viewport.width - left - right) / 2;
  const cy = top + (viewport.height - top - bottom) / 2;
  return [cx + x(lon) - x(camera.center[0]), cy + y(lat) - y(camera.center[1])];
}

// The layouts of the page, as the stage measures them (app.css): the map above the text when
// held upright, a text column on the left when sideways or on a desktop, with the mode bar.
const LAYOUTS: Array<{ name: string; viewport: Viewport; covering: Rect[]; stage?: Rect }> = [
  { name: 'phone 390×844, map in the top 44 %', viewport: { width: 390, height: 371 }, covering: [] },
  { name: 'small phone 360×640', viewport: { width: 360, height: 282 }, covering: [] },
  { name: 'tablet 768×1024', viewport: { width: 768, height: 451 }, covering: [] },
  {
    name: 'phone sideways 844×390',
    viewport: { width: 844, height: 390 },
    covering: [
      { left: 34, top: 0, right: 439, bottom: 390 },
      { left: 620, top: 16, right: 828, bottom: 60 }
    ]
  },
  {
    name: 'desktop 1280×800',
    viewport: { width: 1280, height: 800 },
    covering: [
      { left: 51, top: 0, right: 531, bottom: 800 },
      { left: 1040, top: 16, right: 1264, bottom: 60 }
    ]
  },
  { name: 'presenting on a phone, the panel below', viewport: { width: 390, height: 844 }, covering: [{ left: 0, top: 464, right: 390, bottom: 844 }] }
];

describe('the framed places land inside the free region', () => {
  it.each(LAYOUTS)('$name: every focus place of every step', ({ viewport, covering }) => {
    const region = frameRegion(stageOf(viewport.width, viewport.height), covering);
    const outside: string[] = [];
    for (const step of story.steps) {
      for (const progress of [0, 0.5, 1]) {
        const scene = sceneAt(story, step.index, progress);
        const camera = targetCamera(scene, viewport, region);
        for (const place of scene.places.filter((p) => p.focus)) {
          const [x, y] = project(camera, viewport, place.lon, place.lat);
          if (x < region.left || x > region.right || y < region.top || y > region.bottom) outside.push(`${step.id}: ${place.id} at ${x.toFixed(0)},${y.toFixed(0)}`);
        }
      }
    }
    expect(outside).toEqual([]);
  });
});
