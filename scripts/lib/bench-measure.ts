/**
 * One measured page load in a fresh browser context: bytes by kind, paint
 * timings, when the map first finished drawing, layout shift and long tasks
 * during a scripted read-through. A fresh context per run means a cold HTTP
 * cache every time, which is what a first-time reader gets.
 */
import { errors, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
import { INIT_SCRIPT, type LongTaskEntry, type PageSnapshot, type ScrollResult, type ShiftEntry } from './bench-inpage.ts';
import { startFilm, visualProgress, type VisualProgress } from './bench-film.ts';

export const KINDS = ['document', 'script', 'stylesheet', 'font', 'json/fetch', 'other'] as const;
export type Kind = (typeof KINDS)[number];

/** Decoded body bytes (raw) and body bytes as sent, i.e. gzip where the server compressed (wire). */
export interface Bytes {
  raw: number;
  wire: number;
  count: number;
}

export interface RequestRecord {
  /** Order in which the browser issued the request. */
  seq: number;
  url: string;
  kind: Kind;
  resourceType: string;
  status: number;
  raw: number;
  wire: number;
  headerBytes: number;
  /** The response may be kept and reused (max-age > 0 or immutable). */
  reusable: boolean;
  /** The same URL came earlier in this fresh context, reusable: answered from the HTTP cache, so no bytes counted. */
  fromCache: boolean;
}

export interface Viewport {
  name: string;
  width: number;
  height: number;
  mobile: boolean;
}

/** A slow phone and its line, as Lighthouse's mobile profile describes them, applied through the DevTools protocol. */
export interface Throttle {
  latencyMs: number;
  downKbps: number;
  upKbps: number;
  cpuSlowdown: number;
}

export interface RunOptions {
  url: string;
  /** null: loopback at full speed. */
  throttle: Throttle | null;
  /** The page's entry scripts, `assets/…` (see bench-site.ts). */
  entry: string[];
  viewport: Viewport;
  /** The floor has the map's empty <div> but nothing that would ever make it ready. */
  expectMap: boolean;
  navTimeoutMs: number;
  mapTimeoutMs: number;
  /** null: measure the load only (no read-through, so no CLS after scroll). */
  scroll: { fraction: number; intervalMs: number; maxMs: number; settleMs: number } | null;
  /** Film the first screen until it has settled (bench-film.ts). */
  film: boolean;
}

export type MapStatus = 'ready' | 'failed' | 'timeout' | 'n/a';

export interface RunResult {
  bytes: Record<Kind, Bytes>;
  total: Bytes;
  /** The entry scripts (the page's module script and its static imports): what every reader loads before anything else. */
  entryJs: Bytes;
  mapChunk: Bytes | null;
  worker: Bytes | null;
  fcp: number | null;
  lcp: number | null;
  mapReady: number | null;
  mapStatus: MapStatus;
  clsLoad: number;
  clsScroll: number;
  /** Plain sum of every shift up to the end of the scroll: stricter than windowed CLS. */
  shiftSumScroll: number;
  longTasksScroll: { count: number; totalMs: number };
  longTasksLoad: { count: number; totalMs: number };
  scroll: ScrollResult;
  shifts: ShiftEntry[];
  requests: RequestRecord[];
  failedRequests: string[];
  /** The filmed first screen (null when not filmed). */
  visual: VisualProgress | null;
  wallMs: number;
}

export const MAP_CHUNK = /\/map-view-[^/]*\.js$/;
export const MAP_WORKER = /\/maplibre-gl-worker-[^/]*\.mjs$/;

function kindOf(request: Request): Kind {
  switch (request.resourceType()) {
    case 'document':
      return 'document';
    case 'script':
      return 'script';
    case 'stylesheet':
      return 'stylesheet';
    case 'font':
      return 'font';
    case 'fetch':
    case 'xhr':
      return 'json/fetch';
  }
  // Worker scripts and some preloads come through as "other": go by the file name.
  const path = new URL(request.url()).pathname;
  if (/\.m?js$/.test(path)) return 'script';
  if (/\.css$/.test(path)) return 'stylesheet';
  if (/\.woff2?$/.test(path)) return 'font';
  if (/\.json$/.test(path)) return 'json/fetch';
  return 'other';
}

async function recordOf(request: Request, seq: number): Promise<RequestRecord> {
  const response = await request.response();
  const sizes = await request.sizes().catch(() => null);
  const body = await response?.body().catch(() => null);
  // Requests made by a dedicated worker report responseBodySize 0 in Chromium
  // (their network events live on the worker's target); the server always sends
  // content-length, which is the same number for a complete response.
  const contentLength = Number(response?.headers()['content-length']);
  const measured = sizes?.responseBodySize ?? 0;
  const wire = measured > 0 ? measured : Number.isFinite(contentLength) ? contentLength : 0;
  return {
    seq,
    url: request.url(),
    kind: kindOf(request),
    resourceType: request.resourceType(),
    status: response?.status() ?? 0,
    raw: body?.length ?? wire,
    wire,
    headerBytes: sizes?.responseHeadersSize ?? 0,
    reusable: /\b(immutable|max-age=[1-9])/.test(response?.headers()['cache-control'] ?? ''),
    fromCache: false
  };
}

/**
 * A file prefetched and then imported is requested twice but downloaded once:
 * Playwright reports both requests with the full size (and a worker's request
 * only by its content-length), so a repeat of a reusable response is counted
 * as the cache's, with no bytes.
 */
export function markCacheHits(records: RequestRecord[]): RequestRecord[] {
  const kept = new Set<string>();
  return records.map((r) => {
    if (r.status === 200 && kept.has(r.url)) return { ...r, raw: 0, wire: 0, headerBytes: 0, fromCache: true };
    if (r.status === 200 && r.reusable) kept.add(r.url);
    return r;
  });
}

/** Listens on the context (not the page) so the map worker's requests are counted too. */
function trackNetwork(context: BrowserContext): { stop: () => Promise<{ records: RequestRecord[]; failed: string[] }> } {
  const order = new WeakMap<Request, number>();
  const jobs: Promise<RequestRecord>[] = [];
  const failed: string[] = [];
  let next = 0;
  const onRequest = (r: Request) => void order.set(r, next++);
  const onFinished = (r: Request) => void jobs.push(recordOf(r, order.get(r) ?? next++));
  const onFailed = (r: Request) => void failed.push(`${r.url()} (${r.failure()?.errorText ?? 'failed'})`);
  context.on('request', onRequest);
  context.on('requestfinished', onFinished);
  context.on('requestfailed', onFailed);
  return {
    async stop() {
      context.off('request', onRequest);
      context.off('requestfinished', onFinished);
      context.off('requestfailed', onFailed);
      const records = await Promise.all(jobs);
      return { records: markCacheHits(records.sort((a, b) => a.seq - b.seq)), failed };
    }
  };
}

function sumBytes(records: RequestRecord[]): Bytes {
  return records.reduce((acc, r) => ({ raw: acc.raw + r.raw, wire: acc.wire + r.wire, count: acc.count + (r.fromCache ? 0 : 1) }), { raw: 0, wire: 0, count: 0 });
}

function byKind(records: RequestRecord[]): Record<Kind, Bytes> {
  const out = {} as Record<Kind, Bytes>;
  for (const kind of KINDS) out[kind] = sumBytes(records.filter((r) => r.kind === kind));
  return out;
}

function bytesOf(records: RequestRecord[], pattern: RegExp): Bytes | null {
  const matching = records.filter((r) => pattern.test(new URL(r.url).pathname));
  return matching.length > 0 ? sumBytes(matching) : null;
}



/**
 * CLS as Chrome reports it: shifts grouped into session windows (gaps under 1 s,
 * windows at most 5 s long), and the worst window counts.
 */
export function cumulativeLayoutShift(shifts: ShiftEntry[]): number {
  let worst = 0;
  let current = 0;
  let first = -Infinity;
  let last = -Infinity;
  for (const s of [...shifts].sort((a, b) => a.t - b.t)) {
    if (s.t - last > 1000 || s.t - first > 5000) {
      current = 0;
      first = s.t;
    }
    current += s.value;
    last = s.t;
    worst = Math.max(worst, current);
  }
  return worst;
}

function longTasksBetween(tasks: LongTaskEntry[], from: number, to: number): { count: number; totalMs: number } {
  const inside = tasks.filter((t) => t.t >= from && t.t <= to);
  return { count: inside.length, totalMs: inside.reduce((sum, t) => sum + t.duration, 0) };
}

/** Evaluates a JS expression in the page (strings, not functions: see bench-inpage.ts). */
async function inPage<T>(page: Page, expression: string): Promise<T> {
  return (await page.evaluate(expression)) as T;
}

async function waitForMap(page: Page, timeoutMs: number): Promise<MapStatus> {
  // waitForSelector, not waitForFunction: a string predicate is compiled with
  // eval inside the page, which the story's CSP (script-src 'self') refuses.
  try {
    await page.waitForSelector('[data-map="ready"], [data-map="failed"]', { state: 'attached', timeout: timeoutMs });
  } catch (err) {
    if (err instanceof errors.TimeoutError) return 'timeout';
    throw err;
  }
  const snap = await inPage<PageSnapshot>(page, 'window.__bench.snapshot()');
  return snap.mapReady !== null ? 'ready' : 'failed';
}

async function contextFor(browser: Browser, viewport: Viewport): Promise<BrowserContext> {
  // deviceScaleFactor 1 on purpose: WebGL runs on SwiftShader here, and 3× the
  // pixels would measure the software rasteriser rather than the page.
  const context = await browser.newContext({
    viewport: { width: viewport.width, height: viewport.height },
    deviceScaleFactor: 1,
    isMobile: viewport.mobile,
    hasTouch: viewport.mobile
  });
  await context.addInitScript({ content: INIT_SCRIPT });
  return context;
}

async function throttle(page: Page, t: Throttle): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: t.latencyMs,
    downloadThroughput: (t.downKbps * 1000) / 8,
    uploadThroughput: (t.upKbps * 1000) / 8
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: t.cpuSlowdown });
}

export async function measureOnce(browser: Browser, options: RunOptions): Promise<RunResult> {
  const started = Date.now();
  const context = await contextFor(browser, options.viewport);
  try {
    const network = trackNetwork(context);
    const page = await context.newPage();
    if (options.throttle) await throttle(page, options.throttle);
    const film = options.film ? await startFilm(page, options.viewport) : null;
    await page.goto(options.url, { waitUntil: 'load', timeout: options.navTimeoutMs });
    const mapStatus = options.expectMap ? await waitForMap(page, options.mapTimeoutMs) : 'n/a';
    // "After load" means once the fonts have swapped in and the map has drawn: the
    // moment a reader would call the page loaded.
    await inPage(page, 'document.fonts.ready.then(() => window.__bench.paintReported(5000)).then(() => window.__bench.settle())');
    const atLoad = await inPage<PageSnapshot>(page, 'window.__bench.snapshot()');
    const frames = film ? await film.stop() : null;
    const visual = frames ? await visualProgress(browser, frames, await inPage<number>(page, 'performance.timeOrigin')) : null;
    let scroll: ScrollResult = { start: atLoad.now, end: atLoad.now, steps: NaN, scrollHeight: 0, reachedBottom: false };
    if (options.scroll) {
      const { fraction, intervalMs, maxMs, settleMs } = options.scroll;
      scroll = await inPage<ScrollResult>(page, `window.__bench.scrollThrough(${fraction}, ${intervalMs}, ${maxMs})`);
      // Shifts caused by the last step (late images, sticky headers) land a little after it.
      await page.waitForTimeout(settleMs);
      await inPage(page, 'window.__bench.settle()');
    }
    const atEnd = await inPage<PageSnapshot>(page, 'window.__bench.snapshot()');
    const { records, failed } = await network.stop();
    return {
      bytes: byKind(records),
      total: sumBytes(records),
      entryJs: sumBytes(records.filter((r) => r.kind === 'script' && options.entry.some((file) => new URL(r.url).pathname.endsWith(`/${file}`)))),
      mapChunk: bytesOf(records, MAP_CHUNK),
      worker: bytesOf(records, MAP_WORKER),
      fcp: atLoad.fcp,
      lcp: atLoad.lcp,
      mapReady: atLoad.mapReady ?? atEnd.mapReady,
      mapStatus,
      clsLoad: cumulativeLayoutShift(atLoad.shifts),
      // Without a read-through there is nothing to report after it (NaN reads as "no data").
      clsScroll: options.scroll ? cumulativeLayoutShift(atEnd.shifts) : NaN,
      shiftSumScroll: options.scroll ? atEnd.shifts.reduce((sum, s) => sum + s.value, 0) : NaN,
      longTasksScroll: options.scroll ? longTasksBetween(atEnd.longTasks, scroll.start, atEnd.now) : { count: NaN, totalMs: NaN },
      longTasksLoad: longTasksBetween(atEnd.longTasks, 0, scroll.start),
      scroll,
      shifts: atEnd.shifts,
      requests: records,
      failedRequests: failed,
      visual,
      wallMs: Date.now() - started
    };
  } finally {
    await context.close().catch(() => undefined);
  }
}
