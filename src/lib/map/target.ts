/**
 * Where a renderer's camera must be for a scene in a viewport of a given size.
 * Pure, shared by the MapLibre map and the tests that check it arrived.
 */
import { fitZoom, layoutFor, round, type LonLat } from '../scene/camera';
import type { Scene } from '../scene/scene';

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

export function targetCamera(scene: Scene, viewport: Viewport): TargetCamera {
  const { camera } = scene;
  const pad = camera.padding[layoutFor(viewport.width)];
  const zoom = camera.fit ? fitZoom(camera.fit, viewport, pad) : camera.zoom;
  return {
    center: camera.center,
    zoom,
    bearing: camera.bearing,
    pitch: camera.pitch,
    padding: {
      top: Math.round(pad.top * viewport.height),
      right: Math.round(pad.right * viewport.width),
      bottom: Math.round(pad.bottom * viewport.height),
      left: Math.round(pad.left * viewport.width)
    }
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
