/**
 * The map's place symbols, in one table that the overlay and the legend both
 * draw from, so that the key always matches the map. Every kind differs by
 * shape or size as well as by colour.
 */
import type { PlaceKind, ThemeColors } from '../content/schema';

export interface MarkerStyle {
  shape: PlaceKind['shape'];
  /** Circle: the radius. Square and diamond: the side, in pixels. */
  size: number;
  fill: string;
}

/** Each kind of place story.json declares, as the map draws it: its shape and size, in its colour of the theme. */
export function markersOf(kinds: Readonly<Record<string, PlaceKind>>, colors: Readonly<Record<string, string>>): Record<string, MarkerStyle> {
  return Object.fromEntries(
    Object.entries(kinds).map(([kind, { shape, size, color }]) => {
      const fill = colors[color];
      if (!fill) throw new Error(`the kind of place "${kind}" is drawn in "${color}", a colour the theme does not have`);
      return [kind, { shape, size, fill }];
    })
  );
}

/** Outline of a marker, and of one the camera frames. */
export function markerStrokeOf(colors: ThemeColors) {
  return { normal: { color: colors.markerEdge, width: 1.5 }, focus: { color: colors.ink, width: 2 } } as const;
}

/** How far a marker reaches from its centre, for laying out keys and labels. */
export function markerExtent({ shape, size }: Pick<MarkerStyle, 'shape' | 'size'>): number {
  return shape === 'circle' ? size : shape === 'square' ? size / 2 : (size * Math.SQRT2) / 2;
}

/** A route: a coloured line on a pale halo that keeps it readable over land and sea. */
export function routeStyleOf(colors: ThemeColors) {
  return {
    color: colors.route,
    width: 2.2,
    halo: { color: 'rgba(255, 255, 255, 0.85)', width: 5 }
  } as const;
}

/** A proportional circle of an amounts dataset's value. */
export function seizedStyleOf(colors: ThemeColors) {
  return { fill: colors.circle, fillOpacity: 0.28, stroke: colors.circle, strokeWidth: 1.5 } as const;
}

/**
 * The people's lines (`lib/overlay/arcs.ts` curves them). Unlike a route in
 * every way but width: the way out is dashed (theme colour `fled`), the way
 * back solid, thinner, in ink and with an arrowhead, so the two differ without
 * colour too.
 */
export function flightStyleOf(colors: ThemeColors) {
  return {
    fled: { color: colors.fled, width: 2.2, dash: '6 4', arrow: 0 },
    returned: { color: colors.ink, width: 1.5, dash: undefined, arrow: 9 },
    /** Under the line, a little wider than it: readable over coasts and borders. */
    halo: { color: 'rgba(255, 255, 255, 0.8)', extra: 2.5 },
    /** Pixels left free before a place so that an arrowhead is not hidden under its marker. */
    endGap: 8
  } as const;
}
