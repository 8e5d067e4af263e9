/**
 * The SVG map's camera: a d3 Mercator that shows exactly what MapLibre shows
 * for the same TargetCamera, so both renderers agree on every scene and the
 * overlay needs no second set of maths.
 */
import { geoClipRectangle, geoMercator, geoPath, geoTransform, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import type { TargetCamera, Viewport } from '../map/target';

/** MapLibre's tile size: the world is TILE · 2^zoom pixels wide. */
const TILE = 512;
/** Web Mercator's limit; the poles are at infinity. */
const MAX_LAT = 85.051129;
/** Clip a little outside the viewport so that line caps and joins never show at its edge. */
const BLEED = 8;
/**
 * Points closer than `minStep` (px) to the previous one add nothing visible but bytes; `digits` are
 * the decimals of the path strings. Coarse is for a drawing sent in the page (whole pixels: a third
 * fewer bytes), which shows only until the live map takes over.
 */
const FINE = { minStep: 0.5, digits: 1 };
const COARSE = { minStep: 1, digits: 0 };

/** A point's place on screen: camera.center lands at the centre of the padded area, as in MapLibre. */
export function cameraProjection(camera: TargetCamera, viewport: Viewport): GeoProjection {
  const { top, right, bottom, left } = camera.padding;
  return geoMercator()
    .scale((TILE * 2 ** camera.zoom) / (2 * Math.PI))
    .center(camera.center)
    .translate([left + (viewport.width - left - right) / 2, top + (viewport.height - top - bottom) / 2])
    .clipExtent([
      [-BLEED, -BLEED],
      [viewport.width + BLEED, viewport.height + BLEED]
    ]);
}

export interface CameraView {
  projection: GeoProjection;
  /** Longitude/latitude to pixels, the shape the overlay takes. */
  project: (lon: number, lat: number) => [number, number];
  /**
   * SVG path data for basemap geometry in this view, or '' when none of it shows.
   * Planar, as MapLibre draws: the basemap is wound the RFC 7946 way and cut at
   * the antimeridian for planar renderers, which d3's spherical pipeline would
   * read inside out, and its edges are straight in Mercator, not great circles.
   * So points go through the projection one by one, then d3's rectangle clip
   * (what clipExtent does) keeps the strings to what the viewport shows.
   */
  path: (object: GeoPermissibleObjects) => string;
  zoom: number;
}

function makeView(camera: TargetCamera, viewport: Viewport, { minStep, digits }: typeof FINE): CameraView {
  const projection = cameraProjection(camera, viewport);
  const [[x0, y0], [x1, y1]] = projection.clipExtent()!;
  const clip = geoClipRectangle(x0, y0, x1, y1);
  let lastX = NaN;
  let lastY = NaN;
  const planar = geoTransform({
    lineStart() {
      lastX = lastY = NaN;
      this.stream.lineStart();
    },
    point(lon, lat) {
      const [x, y] = projection([lon, Math.max(-MAX_LAT, Math.min(MAX_LAT, lat))])!;
      if (Math.abs(x - lastX) < minStep && Math.abs(y - lastY) < minStep) return;
      lastX = x;
      lastY = y;
      this.stream.point(x, y);
    }
  });
  const toPath = geoPath({ stream: (out) => planar.stream(clip(out)) }).digits(digits);
  return {
    projection,
    project: (lon, lat) => projection([lon, lat]) ?? [NaN, NaN],
    path: (object) => toPath(object) ?? '',
    zoom: camera.zoom
  };
}

const views = new Map<string, CameraView>();
const KEEP = 32;

/**
 * The same object for the same camera and viewport, so that whatever is derived
 * from it (the basemap's path strings above all) is computed once per camera,
 * not once per scroll event.
 */
export function cameraView(camera: TargetCamera, viewport: Viewport, coarse = false): CameraView {
  const { center, zoom, padding: p } = camera;
  const key = [center[0], center[1], zoom, p.top, p.right, p.bottom, p.left, viewport.width, viewport.height, coarse].join(',');
  let view = views.get(key);
  if (!view) {
    view = makeView(camera, viewport, coarse ? COARSE : FINE);
    if (views.size >= KEEP) views.delete(views.keys().next().value!);
    views.set(key, view);
  }
  return view;
}
