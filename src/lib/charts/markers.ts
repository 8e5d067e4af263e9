/**
 * The map's place symbols, in one table that the overlay and the legend both
 * draw from, so that the key always matches the map. Every kind differs by
 * shape or size as well as by colour.
 */
import type { Place, ThemeColors } from '../content/schema';

export type MarkerKind = 'origin' | 'entry' | 'city' | 'haven';

export interface MarkerStyle {
  shape: 'circle' | 'square' | 'diamond';
  /** Circle: the radius. Square and diamond: the side, in pixels. */
  size: number;
  fill: string;
}

const SHAPES: Readonly<Record<MarkerKind, Omit<MarkerStyle, 'fill'>>> = {
  origin: { shape: 'circle', size: 5 },
  entry: { shape: 'square', size: 9 },
  city: { shape: 'circle', size: 3.5 },
  haven: { shape: 'diamond', size: 10 }
};

/** Each kind of place symbol, filled with the colour of its own name. */
export function markersOf(colors: ThemeColors): Readonly<Record<MarkerKind, MarkerStyle>> {
  return {
    origin: { ...SHAPES.origin, fill: colors.origin },
    entry: { ...SHAPES.entry, fill: colors.entry },
    city: { ...SHAPES.city, fill: colors.city },
    haven: { ...SHAPES.haven, fill: colors.haven }
  };
}

/** Outline of a marker, and of one the camera frames. */
export function markerStrokeOf(colors: ThemeColors) {
  return { normal: { color: colors.markerEdge, width: 1.5 }, focus: { color: colors.ink, width: 2 } } as const;
}

export function markerKind(place: Pick<Place, 'kind' | 'role'>): MarkerKind {
  return place.kind === 'port' ? (place.role ?? 'origin') : place.kind;
}

/** How far a marker reaches from its centre, for laying out keys and labels. */
export function markerExtent(kind: MarkerKind): number {
  const { shape, size } = SHAPES[kind];
  return shape === 'circle' ? size : shape === 'square' ? size / 2 : (size * Math.SQRT2) / 2;
}

/** A sea route: a coloured line on a pale halo that keeps it readable over land and sea. */
export function routeStyleOf(colors: ThemeColors) {
  return {
    color: colors.route,
    width: 2.2,
    halo: { color: 'rgba(255, 255, 255, 0.85)', width: 5 }
  } as const;
}

/** A proportional circle of seized tonnes. */
export function seizedStyleOf(colors: ThemeColors) {
  return { fill: colors.circle, fillOpacity: 0.28, stroke: colors.circle, strokeWidth: 1.5 } as const;
}

/**
 * The fugitives' lines (`lib/overlay/arcs.ts` curves them). Unlike a sea route
 * in every way but width: the way out is dashed in the havens' purple, the way
 * back solid, thinner, in ink and with an arrowhead, so the two differ without
 * colour too.
 */
export function flightStyleOf(colors: ThemeColors) {
  return {
    fled: { color: colors.haven, width: 2.2, dash: '6 4', arrow: 0 },
    returned: { color: colors.ink, width: 1.5, dash: undefined, arrow: 9 },
    /** Under the line, a little wider than it: readable over coasts and borders. */
    halo: { color: 'rgba(255, 255, 255, 0.8)', extra: 2.5 },
    /** Pixels left free before a place so that an arrowhead is not hidden under its marker. */
    endGap: 8
  } as const;
}
