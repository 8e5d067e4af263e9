/** Renders the story to HTML at build time, so it reads before (and without) any script. */
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import App from './App.svelte';
import OpeningMap from './components/map/OpeningMap.svelte';
import SvgMap from './components/map/SvgMap.svelte';
import { sceneAt } from './lib/scene/scene';
import type { Rect } from './lib/layout/free-region';
import type { Viewport } from './lib/map/target';
import type { Story } from './lib/content/schema';
import type { EditionLink } from './lib/content/page-data';
import type { Basemap } from './lib/fallback/basemap';
import type { LonLat } from './lib/geo/camera';

/** What the opening step's map is drawn from: the story's basemap and routes, read by the build. */
export interface MapFiles {
  basemap: Basemap;
  routes: Record<string, LonLat[]>;
}

export interface Page {
  head: string;
  body: string;
  lang: string;
  /** The opening step's map (OpeningMap.svelte), for after the app's element: static, never hydrated. */
  opening: string;
  /** The opening map's own styles: its components' CSS, which the page's stylesheet leaves to their lazy chunks. */
  openingCss: string;
}

const STYLE = /<style[^>]*>([\s\S]*?)<\/style>/g;

/** A component rendered as a static picture: its markup without the markers hydration would look for (no script ever takes it over), and its styles. */
function drawStatic<P extends Record<string, unknown>>(component: Component<P>, props: P): { html: string; css: string } {
  const { head, body } = render(component, { props });
  return { html: body.replace(/<!--[\s\S]*?-->/g, ''), css: [...head.matchAll(STYLE)].map((m) => m[1]).join('\n') };
}

/**
 * `classroom`: the classroom version, with the items marked sensitive left out of the HTML.
 * `map`: where given, the opening step's map is drawn into the page (OpeningMap.svelte).
 */
export function renderPage(story: Story, classroom: boolean, editions: EditionLink[], map: MapFiles | null): Page {
  const opening = map ? drawStatic(OpeningMap, { story, ...map }) : null;
  const { head, body } = render(App, { props: { story, classroomPage: classroom, editions } });
  return {
    // Components' styles are compiled into the server's render (vite.config.ts); the page's own stylesheet holds the app's.
    head: head.replace(STYLE, ''),
    body,
    lang: story.strings.lang,
    opening: opening?.html ?? '',
    openingCss: opening?.css ?? ''
  };
}

/** One step's map as the SVG map draws it, for a picture made without a browser (the social card). */
export interface MapDrawing {
  /** What the map's <svg> elements hold (basemap, then overlay), without the elements themselves. */
  markup: string;
  /** Its components' styles. */
  css: string;
}

/** The step at `index`, at its end, drawn by SvgMap at `size` with its places framed in `region` (no people's cards). */
export function renderMap(story: Story, index: number, size: Viewport, region: Rect, map: MapFiles): MapDrawing {
  const scene = sceneAt(story, index, 1);
  const { html, css } = drawStatic(SvgMap, { scene, ...map, width: size.width, height: size.height, region, strings: story.strings, colors: story.theme.colors, people: false });
  return { markup: [...html.matchAll(/<svg\b[^>]*>([\s\S]*?)<\/svg>/g)].map((m) => m[1]).join(''), css };
}
