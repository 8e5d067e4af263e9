/**
 * The first screen filmed as it loads (the DevTools protocol's screencast) and
 * each frame compared with the settled screen, the idea behind WebPageTest's
 * visual progress and Speed Index: it holds whatever draws the map (the
 * build's drawing, MapLibre, the SVG map), since it looks at pixels only.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';

interface Frame {
  /** Milliseconds since the epoch, when the compositor produced it. */
  at: number;
  /** JPEG, base64. */
  data: string;
}

export interface Film {
  /** Call once the screen has settled: the last frame is the settled screen. */
  stop(): Promise<Frame[]>;
}

export async function startFilm(page: Page, size: { width: number; height: number }): Promise<Film> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const frames: Frame[] = [];
  cdp.on('Page.screencastFrame', (f: { data: string; sessionId: number; metadata: { timestamp?: number } }) => {
    frames.push({ at: (f.metadata.timestamp ?? Date.now() / 1000) * 1000, data: f.data });
    void cdp.send('Page.screencastFrameAck', { sessionId: f.sessionId }).catch(() => undefined);
  });
  await cdp.send('Page.startScreencast', { format: 'jpeg', quality: 80, maxWidth: size.width, maxHeight: size.height, everyNthFrame: 1 });
  return {
    async stop() {
      // The screencast sends a frame when the screen changes: one more, of the settled screen as it is now.
      const shot = await page.screenshot({ type: 'jpeg', quality: 80 });
      frames.push({ at: Date.now(), data: shot.toString('base64') });
      await cdp.send('Page.stopScreencast').catch(() => undefined);
      await cdp.detach().catch(() => undefined);
      return frames;
    }
  };
}

export interface VisualProgress {
  /** When the screen first matched the settled one and stayed so (ms from navigation start). */
  complete: number | null;
  /** ∫ (1 − progress) dt from navigation start to `complete`, in ms: lower is sooner. */
  speedIndex: number | null;
  /** Each frame's time (ms from navigation start) and its progress, 0 (blank) to 1 (settled). */
  frames: { t: number; progress: number }[];
}

/** A frame is complete when this share of its cells matches the settled screen. */
const COMPLETE = 0.99;
/**
 * Frames are compared in cells of 4×4 pixels (their average colour): JPEG's noise, anti-aliasing
 * and a line half a pixel off average out, while a map that is missing (pale land on a pale sea)
 * or text in another face stays a difference. Per channel, out of 255.
 */
const CELL = 4;
const TOLERANCE = 6;

/**
 * From each frame's time and the share of its pixels that match the settled screen (the last
 * frame's), and the share a blank screen matches: progress runs from blank (0) to settled (1).
 */
export function progressOf(timed: readonly { t: number; match: number }[], blank: number): VisualProgress {
  const progress = (m: number) => (blank >= 1 ? 1 : Math.max(0, Math.min(1, (m - blank) / (1 - blank))));
  let complete: number | null = null;
  for (let i = timed.length - 1; i >= 0 && timed[i]!.match >= COMPLETE; i--) complete = timed[i]!.t;
  let speedIndex: number | null = null;
  if (complete !== null) {
    // Blank from navigation start until the first frame; each frame holds until the next.
    let area = 0;
    let t = 0;
    let p = 0;
    for (const f of timed) {
      if (f.t >= complete) break;
      area += (f.t - t) * (1 - p);
      t = f.t;
      p = progress(f.match);
    }
    speedIndex = Math.round(area + (complete - t) * (1 - p));
  }
  return { complete, speedIndex, frames: timed.map((f) => ({ t: Math.round(f.t), progress: Math.round(progress(f.match) * 1000) / 1000 })) };
}

/**
 * Compares the frames with the last one in a blank page of `browser` (a canvas decodes the
 * JPEGs), from `navigationStart` (ms since the epoch, the page's performance.timeOrigin).
 */
export async function visualProgress(browser: Browser, frames: Frame[], navigationStart: number): Promise<VisualProgress> {
  if (frames.length === 0) return { complete: null, speedIndex: null, frames: [] };
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    // A string, so that the bundler's helpers never reach the page (see bench-inpage.ts).
    const matches = (await page.evaluate(`(async (frames, tolerance, cell) => {
      const decode = (data) => new Promise((resolve, reject) => { const im = new Image(); im.onload = () => resolve(im); im.onerror = reject; im.src = 'data:image/jpeg;base64,' + data; });
      const pixels = (im, w, h) => { const c = document.createElement('canvas'); c.width = w; c.height = h; const x = c.getContext('2d'); x.imageSmoothingEnabled = true; x.imageSmoothingQuality = 'high'; x.fillStyle = 'white'; x.fillRect(0, 0, w, h); if (im) x.drawImage(im, 0, 0, w, h); return x.getImageData(0, 0, w, h).data; };
      const last = await decode(frames[frames.length - 1]);
      const w = Math.max(1, Math.round(last.naturalWidth / cell)), h = Math.max(1, Math.round(last.naturalHeight / cell));
      const settled = pixels(last, w, h);
      const share = (p) => { let same = 0; for (let i = 0; i < p.length; i += 4) { if (Math.abs(p[i] - settled[i]) <= tolerance && Math.abs(p[i + 1] - settled[i + 1]) <= tolerance && Math.abs(p[i + 2] - settled[i + 2]) <= tolerance) same++; } return same / (p.length / 4); };
      const out = [share(pixels(null, w, h))];
      for (const f of frames) out.push(share(pixels(await decode(f), w, h)));
      return out;
    })(${JSON.stringify(frames.map((f) => f.data))}, ${TOLERANCE}, ${CELL})`)) as number[];
    return progressOf(
      frames.map((f, i) => ({ t: Math.max(0, f.at - navigationStart), match: matches[i + 1]! })),
      matches[0]!
    );
  } finally {
    await context.close();
  }
}
