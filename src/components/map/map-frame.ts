/**
 * What every layer drawn over a map needs to know of it: how a place
 * projects, how big the map is, and the part of it the page leaves free.
 * The map that draws the layers (MapStage with MapLibre, SvgMap) provides it
 * once, as getters over its own state; a layer reads it with `mapFrame()`.
 * MapLibre's map hands out a new `project` each time it moves, so whatever a
 * layer derives from it is drawn again then, and only then.
 */
import { getContext, setContext } from 'svelte';
import type { Rect } from '../../lib/layout/free-region';

export type Project = (lon: number, lat: number) => [number, number];

export interface MapFrame {
  /** Longitude/latitude to pixels in the map's container, as the map shows it now. */
  readonly project: Project;
  readonly width: number;
  readonly height: number;
  /** The part of the map the page leaves free (MapStage measures it): names and cards stay inside it. */
  readonly region: Rect;
}

const KEY = Symbol('map frame');

export function provideMapFrame(frame: MapFrame): void {
  setContext(KEY, frame);
}

export function mapFrame(): MapFrame {
  const frame = getContext<MapFrame | undefined>(KEY);
  if (!frame) throw new Error('A map layer was drawn outside a map (MapStage or SvgMap provides its frame).');
  return frame;
}

/** The context to render a layer with on its own (component tests). */
export function mapFrameContext(frame: MapFrame): Map<symbol, MapFrame> {
  return new Map([[KEY, frame]]);
}
