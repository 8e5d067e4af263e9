/**
 * The countries a step is about, tinted on the MapLibre map: one file
 * (static/basemap/countries.json, or its tiles) and two fill layers, 1:50m everywhere and
 * 1:10m inside the detail window where the map draws its finer coast there.
 * Which countries is a layer filter, so a new step changes a filter, not data.
 */
import type { ExpressionSpecification, FillLayerSpecification } from 'maplibre-gl';

/** Layer id → the `kind` of feature it draws from countries.json. */
export const TINT_LAYERS = { tint: 'country', 'tint-detail': 'country-detail' } as const;
export type TintLayerId = keyof typeof TINT_LAYERS;

/** Draws the features of one kind whose Natural Earth name is in `countries`. */
export function tintFilter(layer: TintLayerId, countries: readonly string[]): ExpressionSpecification {
  return ['all', ['==', ['get', 'kind'], TINT_LAYERS[layer]], ['in', ['get', 'name'], ['literal', [...countries]]]];
}

/** The same set of countries, in any order: the filter need not change. */
export function sameCountries(a: readonly string[] | null, b: readonly string[]): boolean {
  if (!a || a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((c) => set.has(c));
}

/**
 * A tint layer on the countries at `place`, in `color`, tinting `countries` from the start: a filter
 * changed later makes MapLibre parse every loaded tile again, and the map's first
 * drawing is then late by that much. The map sets the filter for each later scene.
 */
export function tintLayer(layer: TintLayerId, place: { source: string; 'source-layer'?: string }, color: string, countries: readonly string[] = []): FillLayerSpecification {
  return {
    id: layer,
    type: 'fill',
    ...place,
    filter: tintFilter(layer, countries),
    paint: { 'fill-color': color, 'fill-antialias': true }
  };
}
