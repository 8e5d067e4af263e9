/**
 * Where a renderer's camera must be for a scene in a viewport of a given size.
 * Pure, shared by the MapLibre map and the tests that check it arrived.
 */
import { fitZoom, round, type LonLat } from '../geo/camera';
import type { Scene } from '../scene/scene';
import { height, paddingOf, width, type Rect } from '../layout/free-region';

export interface Viewport {
  width: number;
  height: number;
}

export interface TargetCamera {
  center: LonLat;
  zoom: number;
  bearing: number;
  pitch: number;
  /** In CSS pixels. */
  padding: { top: number; right: number; bottom: number; left: number };
}

/** The whole viewport: where a stage frames before it has measured what covers it. */
export function wholeOf(viewport: Viewport): Rect {
  return { left: 0, top: 0, right: viewport.width, bottom: viewport.height };
}

/**
 * The camera that shows the scene's places inside `region`, the part of the
 * map the page leaves free (in the stage's pixels; lib/layout/measure-free.ts).
 */
export function targetCamera(scene: Scene, viewport: Viewport, region: Rect = wholeOf(viewport)): TargetCamera {
  const { camera } = scene;
  const zoom = camera.fit ? fitZoom(camera.fit, { width: width(region), height: height(region) }) : camera.zoom;
  return {
    center: camera.center,
    zoom,
    bearing: camera.bearing,
    pitch: camera.pitch,
    padding: paddingOf(region, viewport)
  };
}

/** Equal within what a reader could see, so float noise never restarts a flight. */
export function sameCamera(a: TargetCamera, b: TargetCamera): boolean {
  return (
    Math.abs(a.center[0] - b.center[0]) < 1e-3 &&
    Math.abs(a.center[1] - b.center[1]) < 1e-3 &&
    Math.abs(a.zoom - b.zoom) < 1e-2 &&
    Math.abs(a.bearing - b.bearing) < 0.1 &&
    Math.abs(a.pitch - b.pitch) < 0.1 &&
    Math.abs(a.padding.top - b.padding.top) < 1 &&
    Math.abs(a.padding.right - b.padding.right) < 1 &&
    Math.abs(a.padding.bottom - b.padding.bottom) < 1 &&
    Math.abs(a.padding.left - b.padding.left) < 1
  );
}

/** The attributes that tell tests and tools what the map shows. */
export function sceneAttributes(scene: Scene, camera: TargetCamera): Record<string, string> {
  return {
    'data-scene': scene.stepId,
    'data-center': `${round(camera.center[0], 4)},${round(camera.center[1], 4)}`,
    'data-zoom': String(round(camera.zoom, 2))
  };
}
