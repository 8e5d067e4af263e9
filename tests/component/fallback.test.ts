import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, waitFor } from '@testing-library/svelte';
import story from 'virtual:story';
import App from '../../src/App.svelte';
import MapStage from '../../src/components/MapStage.svelte';
import { sceneAt } from '../../src/lib/scene/scene.ts';
import { sceneAttributes, targetCamera } from '../../src/lib/map/target.ts';
import { viewportOf } from '../../src/lib/fallback/viewport.ts';

const STATIC = join(import.meta.dirname, '../../data');

// jsdom fetches nothing from disk: the basemap comes from static/, wherever the page asks for it.
let requested: string[] = [];
beforeEach(() => {
  requested = [];
  vi.spyOn(console, 'info').mockImplementation(() => {});
  vi.stubGlobal('fetch', async (input: string | URL) => {
    const url = new URL(String(input));
    requested.push(url.pathname);
    return new Response(readFileSync(join(STATIC, url.pathname)));
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const stage = (container: HTMLElement) => container.querySelector<HTMLElement>('.map-stage')!;

describe('the no-WebGL map (jsdom has no WebGL)', { timeout: 20_000 }, () => {
  it('draws the story as an SVG map, fetched from the site’s own basemap folder', async () => {
    const { container } = render(App, { story });
    await waitFor(() => expect(stage(container)).toHaveAttribute('data-map', 'svg'), { timeout: 8000 });
    expect(stage(container)).toHaveAttribute('data-scene', story.steps[0]!.id);
    expect(container.querySelector('.map-stage svg.basemap path.land')?.getAttribute('d')).toMatch(/^M/);
    expect(container.querySelector('.map-stage canvas')).toBeNull();
    expect(container.querySelector('.map-note')).toBeNull();
    expect(requested).toEqual(expect.arrayContaining(['/basemap/land.json', '/basemap/borders.json']));
  });

  it('stamps the scene’s camera at once, and follows a new scene at once', async () => {
    const at = (id: string) => sceneAt(story, story.steps.findIndex((s) => s.id === id), 0);
    const first = at('fruit-containers');
    const { container, rerender } = render(MapStage, { scene: first, story });
    await waitFor(() => expect(stage(container)).toHaveAttribute('data-map', 'svg'), { timeout: 8000 });
    const want = (scene: typeof first) => sceneAttributes(scene, targetCamera(scene, viewportOf(0, 0)));
    for (const [name, value] of Object.entries(want(first))) expect(stage(container)).toHaveAttribute(name, value);
    await waitFor(() => expect(container.querySelectorAll('[data-route]')).toHaveLength(first.routes.length));
    expect(container.querySelector('.detail-window')).toBeNull();

    // A close view of Antwerp: the 1:10m layer, as MapLibre draws it from zoom 5.
    const close = at('antwerp-share');
    await rerender({ scene: close, story });
    for (const [name, value] of Object.entries(want(close))) expect(stage(container)).toHaveAttribute(name, value);
    expect(container.querySelector('.detail-window')).not.toBeNull();
    expect(container.querySelector('[data-place="antwerp"]')).not.toBeNull();
  });

  it('shows the note when not even the basemap loads', async () => {
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    const { container, getByText } = render(App, { story });
    await waitFor(() => expect(stage(container)).toHaveAttribute('data-map', 'failed'), { timeout: 8000 });
    expect(getByText(story.strings.mapUnavailable)).toBeInTheDocument();
    expect(stage(container)).not.toHaveAttribute('data-scene');
  });
});
