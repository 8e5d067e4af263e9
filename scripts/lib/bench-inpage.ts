/**
 * What the bench runs inside the page. It is plain JavaScript in a string on
 * purpose: tsx compiles functions with esbuild's keepNames, which wraps them in
 * `__name(…)` calls that do not exist in the page, so a serialised TS function
 * would throw there. The observers go in before any page script runs
 * (page.addInitScript), so nothing that happens early is missed.
 */

export interface ShiftEntry {
  /** ms since navigation start */
  t: number;
  value: number;
  /** Short descriptions of the elements that moved, to find the culprit. */
  sources: string[];
}

export interface LongTaskEntry {
  t: number;
  duration: number;
}

export interface PageSnapshot {
  fcp: number | null;
  lcp: number | null;
  /** performance.now() when .map-stage first got data-map="ready" (or "failed"). */
  mapReady: number | null;
  mapFailed: number | null;
  shifts: ShiftEntry[];
  longTasks: LongTaskEntry[];
  now: number;
}

export interface ScrollResult {
  start: number;
  end: number;
  steps: number;
  scrollHeight: number;
  reachedBottom: boolean;
}

/** Installed with page.addInitScript; exposes window.__bench. */
export const INIT_SCRIPT = String.raw`(() => {
  const b = { fcp: null, lcp: null, mapReady: null, mapFailed: null, shifts: [], longTasks: [] };
  Object.defineProperty(window, '__bench', { value: b, enumerable: false });

  function describe(node) {
    if (!node) return '?';
    // Font swaps move text nodes; the element around them is what a reader would recognise.
    if (node.nodeType === 3) return 'text in ' + describe(node.parentElement);
    if (node.nodeType !== 1) return node.nodeName;
    const cls = typeof node.className === 'string' && node.className ? '.' + node.className.trim().split(/\s+/).join('.') : '';
    return node.localName + (node.id ? '#' + node.id : '') + cls;
  }
  function observe(type, onEntry) {
    try {
      new PerformanceObserver((list) => { for (const e of list.getEntries()) onEntry(e); }).observe({ type, buffered: true });
    } catch (err) { /* entry type unsupported: the metric stays empty */ }
  }
  observe('layout-shift', (e) => {
    // Shifts right after a tap or key press are expected and excluded from CLS.
    if (e.hadRecentInput) return;
    b.shifts.push({ t: e.startTime, value: e.value, sources: (e.sources || []).map((s) => describe(s.node)) });
  });
  observe('longtask', (e) => b.longTasks.push({ t: e.startTime, duration: e.duration }));
  // Paint entries arrive with the frame's presentation feedback, some frames
  // after the paint itself, so they are collected here and awaited below.
  observe('paint', (e) => { if (e.name === 'first-contentful-paint') b.fcp = e.startTime; });
  observe('largest-contentful-paint', (e) => { b.lcp = e.renderTime || e.loadTime || e.startTime; });

  // Svelte flips data-map from "loading" to "ready" on MapLibre's first idle.
  // An attribute filter on the whole document also catches elements hydrated later.
  new MutationObserver((records) => {
    for (const r of records) {
      const value = r.target.getAttribute && r.target.getAttribute('data-map');
      if (value === 'ready' && b.mapReady === null) b.mapReady = performance.now();
      if (value === 'failed' && b.mapFailed === null) b.mapFailed = performance.now();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-map'] });

  b.snapshot = () => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    return {
      fcp: b.fcp !== null ? b.fcp : fcp ? fcp.startTime : null,
      lcp: b.lcp, mapReady: b.mapReady, mapFailed: b.mapFailed,
      shifts: b.shifts.slice(), longTasks: b.longTasks.slice(), now: performance.now()
    };
  };

  // Scroll like an impatient reader: a fixed share of the viewport per tick, to the bottom.
  // setTimeout, not a tight loop, so a page that blocks the main thread also scrolls late.
  b.scrollThrough = async (fraction, intervalMs, maxMs) => {
    const root = document.scrollingElement || document.documentElement;
    const start = performance.now();
    let steps = 0;
    const atBottom = () => window.scrollY + window.innerHeight >= root.scrollHeight - 2;
    while (!atBottom() && performance.now() - start < maxMs) {
      window.scrollBy({ top: Math.round(window.innerHeight * fraction), behavior: 'instant' });
      steps++;
      await new Promise((ok) => setTimeout(ok, intervalMs));
    }
    return { start, end: performance.now(), steps, scrollHeight: root.scrollHeight, reachedBottom: atBottom() };
  };

  // Resolves once FCP and a first LCP candidate have been reported (or after maxMs).
  b.paintReported = (maxMs) => new Promise((ok) => {
    const until = performance.now() + maxMs;
    const check = () => ((b.fcp !== null && b.lcp !== null) || performance.now() > until ? ok(b.fcp) : setTimeout(check, 20));
    check();
  });

  // Two frames: anything the last change triggered has been laid out and painted.
  b.settle = () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => ok(null))));
})();`;
