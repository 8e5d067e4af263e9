import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { geoContains } from 'd3-geo';
import type { FeatureCollection, MultiPolygon, Position } from 'geojson';
import { loadStory } from '../../src/lib/content/load.ts';
import { basemapStyle, DETAIL_MINZOOM } from '../../src/lib/map/style.ts';
import { sameCountries, tintFilter, TINT_LAYERS } from '../../src/lib/map/tint.ts';

const story = loadStory('data');
const file = new URL('../../data/basemap/countries.json', import.meta.url);
const countries = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection<MultiPolygon, { kind: string; name: string }>;
const ofKind = (kind: string) => countries.features.filter((f) => f.properties.kind === kind);
// The build writes RFC 7946 rings (exteriors counter-clockwise); d3 reads the other winding.
const sphere = (g: MultiPolygon): MultiPolygon => ({ type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((r) => [...r].reverse())) });

describe('data/basemap/countries.json', () => {
  const wanted = [...new Set(Object.values(story.places).map((p) => p.country))].sort();

  it('has every country of data/places.json at 1:50m, and no other (after a new place, run `npm run basemap`)', () => {
    expect(ofKind('country').map((f) => f.properties.name).sort()).toEqual(wanted);
  });

  it('has 1:10m shapes only where the detail layer is, inside its window', () => {
    const detail = ofKind('country-detail');
    expect(detail.map((f) => f.properties.name).sort()).toEqual(['Belgium', 'Netherlands']);
    for (const f of detail) {
      for (const [lon, lat] of f.geometry.coordinates.flat(2) as [number, number][]) {
        expect(lon).toBeGreaterThanOrEqual(-4);
        expect(lon).toBeLessThanOrEqual(10);
        expect(lat).toBeGreaterThanOrEqual(47.5);
        expect(lat).toBeLessThanOrEqual(55);
      }
    }
  });

  it('is neither smeared across the map nor out of range', () => {
    for (const f of countries.features) {
      for (const ring of f.geometry.coordinates.flat() as Position[][]) {
        ring.forEach(([lon = NaN, lat = NaN], i) => {
          expect(Math.abs(lon) <= 180 && Math.abs(lat) <= 90, f.properties.name).toBe(true);
          if (i > 0) expect(Math.abs(lon - ring[i - 1]![0]!), f.properties.name).toBeLessThan(180);
        });
      }
    }
  });

  it('holds each country where its name goes', () => {
    for (const f of ofKind('country')) {
      const label = story.mapLabels.find((l) => l.country === f.properties.name)!;
      expect(geoContains(sphere(f.geometry), [label.lon, label.lat]), f.properties.name).toBe(true);
    }
  });

  it('stays within its size budget (≤ 150 KB)', () => {
    expect(statSync(file).size).toBeLessThanOrEqual(150 * 1024);
  });
});

describe('the tint layers of the MapLibre style', () => {
  const layers = basemapStyle(story.theme.colors, (f) => f).layers;
  const at = (id: string) => layers.findIndex((l) => l.id === id);

  it('lie on the land and under the coasts and borders, 1:10m from the zoom the detail layer starts', () => {
    expect(at('land')).toBeLessThan(at('tint'));
    expect(at('tint')).toBeLessThan(at('coast'));
    expect(at('detail-window')).toBeLessThan(at('tint-detail'));
    expect(at('land-detail')).toBeLessThan(at('tint-detail'));
    expect(at('tint-detail')).toBeLessThan(at('coast-detail'));
    expect(layers[at('tint-detail')]).toMatchObject({ minzoom: DETAIL_MINZOOM, source: 'countries' });
    expect(basemapStyle(story.theme.colors, (f) => `/b/${f}`).sources.countries).toMatchObject({ type: 'geojson', data: '/b/countries.json' });
  });

  it('tint nothing until a scene says what', () => {
    for (const id of Object.keys(TINT_LAYERS)) {
      const layer = layers[at(id)]!;
      expect(layer.type === 'fill' && layer.filter).toEqual(tintFilter(id as keyof typeof TINT_LAYERS, []));
    }
  });

  it("tint the first scene's countries from the start, so that no filter changes as the map loads", () => {
    const first = basemapStyle(story.theme.colors, (f) => f, null, ['Belgium', 'Ecuador']).layers;
    for (const id of Object.keys(TINT_LAYERS)) {
      const layer = first.find((l) => l.id === id)!;
      expect(layer.type === 'fill' && layer.filter).toEqual(tintFilter(id as keyof typeof TINT_LAYERS, ['Belgium', 'Ecuador']));
    }
  });

  it('filter by kind and Natural Earth name', () => {
    const names = ['Belgium', 'Spain'];
    expect(tintFilter('tint-detail', names)).toEqual(['all', ['==', ['get', 'kind'], 'country-detail'], ['in', ['get', 'name'], ['literal', ['Belgium', 'Spain']]]]);
    // The filter holds a copy: the scene's array is never handed to MapLibre.
    const filter = tintFilter('tint', names);
    names.push('Peru');
    expect(JSON.stringify(filter)).not.toContain('Peru');
  });
});

describe('sameCountries', () => {
  it.each([
    [null, [], false],
    [[], [], true],
    [['Belgium', 'Spain'], ['Spain', 'Belgium'], true],
    [['Belgium'], ['Belgium', 'Spain'], false],
    [['Belgium', 'Spain'], ['Belgium', 'Peru'], false]
  ] as const)('%j and %j: %s', (a, b, same) => {
    expect(sameCountries(a, b)).toBe(same);
  });
});
