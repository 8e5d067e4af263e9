/**
 * The one seam around MapLibre. One map for the page's life; `render(scene)`
 * moves the camera only when the wanted view differs from where the map is
 * going, and reports when it has arrived. Nothing else touches the map.
 */
import { Map as MapLibreMap, setWorkerUrl, prewarm, clearPrewarmedResources, type PaddingOptions } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Scene } from '../scene/scene';
import type { ThemeColors } from '../content/schema';
import { targetCamera, sameCamera, type TargetCamera, type Viewport } from './target';
import { sameRegion } from '../layout/measure-free';
import type { Rect } from '../layout/free-region';
import { basemapStyle } from './style';
import { basemapTiles } from './tiles';
import { TILED } from './basemap-mode';
import { TINT_LAYERS, sameCountries, tintFilter, type TintLayerId } from './tint';
import { allowWorker } from './worker-policy';

allowWorker(workerUrl);
setWorkerUrl(workerUrl);

/**
 * Starts MapLibre's worker now, not when the first map is made: load-map.ts
 * calls it as soon as this code has run, so that the worker downloads and
 * boots while the page is still hydrating (A/B on a phone on loopback, 8 loads
 * each: the map ready 1,670 -> 1,345 ms, with the code also asked for sooner).
 */
export function startWorker(): void {
  prewarm();
}

export interface MapViewOptions {
  /** Absolute URL of a file in the site's basemap folder. */
  basemapUrl: (file: string) => string;
  /** The story's colours (its theme.json), which the basemap is drawn in. */
  colors: ThemeColors;
  reducedMotion: () => boolean;
  /** The camera is at the scene's view: the page may say so. */
  onArrive: (scene: Scene, camera: TargetCamera) => void;
  /** The view is moving, or has moved: overlays must reproject. */
  onMove: () => void;
  /** The basemap has drawn completely for the first time. */
  onReady: () => void;
  /**
   * The map cannot show the story: it failed before it first drew, or its WebGL
   * context was lost (phones drop it under memory pressure). Called once; the
   * page should destroy this view and draw the map another way.
   */
  onFail: (reason: unknown) => void;
}

export class MapView {
  private readonly map: MapLibreMap;
  private scene: Scene | null = null;
  private target: TargetCamera | null = null;
  private loaded = false;
  private ready = false;
  private failed = false;
  /** The reader is exploring: the map is theirs, and no scene moves it. */
  private interactive = false;
  /** The countries the tint layers show now: at first the style's own. */
  private tinted: readonly string[];

  constructor(
    private readonly container: HTMLElement,
    first: Scene,
    /** The part of the map the page leaves free, in the container's pixels. */
    private region: Rect,
    private readonly options: MapViewOptions
  ) {
    const start = targetCamera(first, this.viewport(), region);
    this.tinted = [...first.countries];
    const tiles = TILED ? basemapTiles(options.basemapUrl) : null;
    this.map = new MapLibreMap({
      container,
      style: basemapStyle(options.colors, options.basemapUrl, tiles?.tiled ?? null, first.countries),
      ...(tiles ? { transformRequest: tiles.transformRequest } : {}),
      center: start.center,
      zoom: start.zoom,
      bearing: start.bearing,
      pitch: start.pitch,
      // The page scrolls; the map only illustrates. It must never take a wheel or touch.
      interactive: false,
      attributionControl: false,
      renderWorldCopies: false,
      fadeDuration: 0
    });
    this.map.setPadding(start.padding);
    this.map.on('move', () => options.onMove());
    this.map.on('resize', () => {
      options.onMove();
      if (this.scene && !this.interactive) this.apply(this.scene, true);
    });
    this.map.on('moveend', () => this.checkArrival());
    this.map.once('load', () => {
      this.loaded = true;
      if (this.scene) this.tint(this.scene);
      if (this.scene) this.apply(this.scene, true);
    });
    this.map.once('idle', () => {
      this.ready = true;
      options.onReady();
    });
    // A listener also keeps MapLibre from printing the error to the console itself.
    this.map.on('error', (e) => {
      if (!this.ready) this.fail(e.error);
      else console.warn('The map reported a problem; it keeps showing what it has.', e.error);
    });
    // MapLibre could rebuild after `webglcontextrestored`, but that may never come, and
    // meanwhile the picture would be frozen; the page's fallback shows the scene at once.
    // The canvas's own event, not the map's: MapLibre also fires that one when its workers restart.
    this.map.getCanvas().addEventListener('webglcontextlost', () => this.fail(new Error('The WebGL context was lost')), { once: true });
  }

  /** Inside fitCanvas's own resize. */
  private fitting = false;

  private fail(reason: unknown): void {
    if (this.failed) return;
    this.failed = true;
    this.options.onFail(reason);
  }

  private viewport(): Viewport {
    return { width: this.container.clientWidth || 1, height: this.container.clientHeight || 1 };
  }

  /** Lets the reader pan and zoom; turned off, the map jumps back to the current scene. */
  setInteractive(on: boolean): void {
    if (on === this.interactive) return;
    this.interactive = on;
    // MapLibre builds these handlers even with `interactive: false`; they are only disabled.
    for (const handler of [this.map.dragPan, this.map.scrollZoom, this.map.touchZoomRotate, this.map.keyboard, this.map.doubleClickZoom]) {
      if (on) handler.enable();
      else handler.disable();
    }
    this.map.getCanvas().setAttribute('tabindex', on ? '0' : '-1');
    this.map.getCanvasContainer().classList.toggle('maplibregl-interactive', on);
    if (!on && this.scene && this.loaded) {
      this.map.stop();
      this.target = null;
      this.apply(this.scene, true);
    }
  }

  /**
   * Make the map show this scene inside `region`. Cheap to call on every scroll
   * event. A new region is a new layout (a resize, a rotation, a view): jump to it.
   */
  render(scene: Scene, region: Rect): void {
    const moved = !sameRegion(region, this.region);
    this.scene = scene;
    this.region = region;
    this.tint(scene);
    if (!this.loaded || this.interactive) return;
    this.apply(scene, moved);
  }

  private apply(scene: Scene, jump: boolean): void {
    // Between a lost context and the page destroying the view, the map has no style to move.
    if (this.failed) return;
    // The page can learn of a new size (and move on to a new step) before MapLibre's own
    // resize observer does; a flight planned on the old canvas size ends off target.
    this.fitCanvas();
    const wanted = targetCamera(scene, this.viewport(), this.region);
    const current = this.currentCamera();
    if (!jump && this.target && sameCamera(this.target, wanted) && (this.map.isMoving() || sameCamera(current, wanted))) {
      // Same view as before (often the next step of a chapter): only the step changed.
      if (!this.map.isMoving()) this.options.onArrive(scene, wanted);
      return;
    }
    this.target = wanted;
    if (sameCamera(current, wanted)) {
      this.options.onArrive(scene, wanted);
      return;
    }
    const camera = { center: wanted.center, zoom: wanted.zoom, bearing: wanted.bearing, pitch: wanted.pitch, padding: wanted.padding };
    if (jump || this.options.reducedMotion()) this.map.jumpTo(camera);
    else this.map.flyTo({ ...camera, speed: 1.6, curve: 1.3, maxDuration: 2600, essential: false });
  }

  /** Tints the scene's countries; the filters change only when the set does. */
  private tint(scene: Scene): void {
    if (!this.loaded || this.failed || sameCountries(this.tinted, scene.countries)) return;
    this.tinted = [...scene.countries];
    for (const layer of Object.keys(TINT_LAYERS) as TintLayerId[]) this.map.setFilter(layer, tintFilter(layer, scene.countries));
  }

  private currentCamera(): TargetCamera {
    const c = this.map.getCenter();
    return {
      center: [c.lng, c.lat],
      zoom: this.map.getZoom(),
      bearing: this.map.getBearing(),
      pitch: this.map.getPitch(),
      padding: this.map.getPadding() as Required<PaddingOptions>
    };
  }

  private fitCanvas(): void {
    // map.resize() fires 'resize', whose handler applies the scene again: once is enough.
    if (this.fitting) return;
    const canvas = this.map.getCanvas();
    if (canvas.clientWidth === this.container.clientWidth && canvas.clientHeight === this.container.clientHeight) return;
    this.fitting = true;
    try {
      this.map.resize();
    } finally {
      this.fitting = false;
    }
  }

  private checkArrival(): void {
    if (!this.scene || !this.target || this.map.isMoving()) return;
    if (sameCamera(this.currentCamera(), this.target)) this.options.onArrive(this.scene, this.target);
    // Interrupted before arriving (a newer scene took over): that scene's flight will report.
  }

  /** Screen position, in CSS pixels within the container, of a longitude and latitude. */
  project(lon: number, lat: number): [number, number] {
    const p = this.map.project([lon, lat]);
    return [p.x, p.y];
  }

  destroy(): void {
    this.map.remove();
    // The worker startWorker() began would otherwise outlive the map: a page that fell back to the SVG map has no use for it.
    clearPrewarmedResources();
  }
}
