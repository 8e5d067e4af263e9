/**
 * Turns the runs into medians, a markdown table (story vs floor) and the
 * targets with PASS/MISS. Medians, because one run on a shared 2-core box can
 * be off by a garbage collection or a background task; min and max show how
 * much the runs disagreed.
 */
import { KINDS, type Bytes, type Kind, type MapStatus, type RunResult, type Viewport } from './bench-measure.ts';

export interface Stat {
  median: number;
  min: number;
  max: number;
  /** Runs that produced a value (a map that never got ready gives none). */
  n: number;
}

export interface BytesStat {
  raw: Stat | null;
  wire: Stat | null;
}

export interface PageSummary {
  runs: number;
  /** Extra loads that measured the first paint only (none for the naive build). */
  paintRuns: number;
  bytes: Record<Kind, BytesStat>;
  total: BytesStat;
  entryJs: BytesStat;
  mapChunk: BytesStat;
  worker: BytesStat;
  fcp: Stat | null;
  lcp: Stat | null;
  mapReady: Stat | null;
  mapStatus: Partial<Record<MapStatus, number>>;
  clsLoad: Stat | null;
  clsScroll: Stat | null;
  shiftSumScroll: Stat | null;
  longTaskCount: Stat | null;
  longTaskMs: Stat | null;
  scrollSteps: Stat | null;
  /** The filmed first screen (bench-film.ts): when it was complete, map included, and its Speed Index. */
  visuallyComplete: Stat | null;
  speedIndex: Stat | null;
}

export interface Comparison {
  /** "loopback", or the throttled phone line. */
  profile: string;
  viewport: Viewport;
  story: PageSummary;
  /** The same story built the straightforward way (scripts/lib/naive-map.ts). */
  naive: PageSummary;
  floor: PageSummary;
}

export interface Target {
  viewport: string;
  name: string;
  value: string;
  limit: string;
  pass: boolean;
}

/** Budgets in kilobytes of 1,000 bytes: the stricter reading of "60 KB". */
const KB = 1000;
export const TARGETS = {
  entryJsBytes: 60 * KB,
  fcpRatio: 1.2,
  /** On the slow line the text must paint no later than the floor's. */
  fcpRatioThrottled: 1,
  mapReadyRatio: 0.8,
  cls: 0.01,
  /** The first screen complete, map included, and its Speed Index, against the naive build's: on the slow line, and on loopback. */
  visualRatioThrottled: 0.35,
  visualRatioLoopback: 0.5,
  /** What the opening map drawn into the page may add to it, gzip. */
  openingBytes: 30 * KB
} as const;

export function stat(values: readonly (number | null | undefined)[]): Stat | null {
  const xs = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const mid = Math.floor(xs.length / 2);
  const median = xs.length % 2 === 1 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2;
  return { median, min: xs[0]!, max: xs[xs.length - 1]!, n: xs.length };
}

function bytesStat(values: readonly (Bytes | null)[]): BytesStat {
  return { raw: stat(values.map((b) => b?.raw)), wire: stat(values.map((b) => b?.wire)) };
}

function countStatuses(runs: readonly RunResult[]): Partial<Record<MapStatus, number>> {
  const out: Partial<Record<MapStatus, number>> = {};
  for (const r of runs) out[r.mapStatus] = (out[r.mapStatus] ?? 0) + 1;
  return out;
}

/**
 * `paintOnly`: loads that stopped once the page had painted (no map, no read-through);
 * they count for the paints alone, whose runs scatter most on the throttled line.
 */
export function summarise(runs: readonly RunResult[], paintOnly: readonly RunResult[] = []): PageSummary {
  const bytes = {} as Record<Kind, BytesStat>;
  for (const kind of KINDS) bytes[kind] = bytesStat(runs.map((r) => r.bytes[kind]));
  const painted = [...runs, ...paintOnly];
  return {
    runs: runs.length,
    paintRuns: paintOnly.length,
    bytes,
    total: bytesStat(runs.map((r) => r.total)),
    entryJs: bytesStat(runs.map((r) => r.entryJs)),
    mapChunk: bytesStat(runs.map((r) => r.mapChunk)),
    worker: bytesStat(runs.map((r) => r.worker)),
    fcp: stat(painted.map((r) => r.fcp)),
    lcp: stat(painted.map((r) => r.lcp)),
    mapReady: stat(runs.map((r) => r.mapReady)),
    mapStatus: countStatuses(runs),
    clsLoad: stat(runs.map((r) => r.clsLoad)),
    clsScroll: stat(runs.map((r) => r.clsScroll)),
    shiftSumScroll: stat(runs.map((r) => r.shiftSumScroll)),
    longTaskCount: stat(runs.map((r) => r.longTasksScroll.count)),
    longTaskMs: stat(runs.map((r) => r.longTasksScroll.totalMs)),
    scrollSteps: stat(runs.map((r) => r.scroll.steps)),
    visuallyComplete: stat(runs.map((r) => r.visual?.complete)),
    speedIndex: stat(runs.map((r) => r.visual?.speedIndex))
  };
}

// ---- formatting -------------------------------------------------------------

type Format = (n: number) => string;
const kb: Format = (n) => `${(n / KB).toFixed(1)} KB`;
const ms: Format = (n) => `${Math.round(n)} ms`;
const cls: Format = (n) => n.toFixed(4);
const count: Format = (n) => String(Math.round(n * 10) / 10);

/** "median (min–max)", the range only when the runs disagreed. */
function cell(s: Stat | null, format: Format, runs?: number): string {
  if (!s) return '—';
  const [lo, hi] = [format(s.min), format(s.max)];
  const range = lo === hi ? '' : ` (${lo}–${hi})`;
  const missing = runs !== undefined && s.n < runs ? ` [${s.n}/${runs} runs]` : '';
  return `${format(s.median)}${range}${missing}`;
}

function bytesCell(b: BytesStat): string {
  if (!b.raw || !b.wire || b.raw.median === 0) return '—';
  return `${cell(b.raw, kb)} → ${cell(b.wire, kb)}`;
}

function ratio(story: Stat | null, floor: Stat | null): string {
  if (!story || !floor || floor.median === 0) return '—';
  return `${(story.median / floor.median).toFixed(2)}×`;
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function statusText(s: PageSummary): string {
  const parts = Object.entries(s.mapStatus).map(([k, v]) => `${k} ${v}/${s.runs}`);
  return parts.join(', ');
}

export function markdownTable({ profile, viewport, story, naive, floor }: Comparison): string {
  const lines = [
    `### ${profile}, ${viewport.name} ${viewport.width}×${viewport.height} — median (min–max) of ${story.runs} runs each`,
    '',
    ...(story.paintRuns > 0 ? [`The paints of the story and the floor also count ${story.paintRuns} more loads each that stopped once the page had painted.`, ''] : []),
    row(['metric', 'story', 'naive build', 'floor', 'story / naive', 'story / floor']),
    row(['---', '---:', '---:', '---:', '---:', '---:'])
  ];
  const three = (name: string, pick: (p: PageSummary) => string, r?: (p: PageSummary) => Stat | null) =>
    row([name, pick(story), pick(naive), pick(floor), r ? ratio(r(story), r(naive)) : '', r ? ratio(r(story), r(floor)) : '']);
  for (const kind of KINDS) lines.push(three(`${kind} (raw → gzip)`, (p) => bytesCell(p.bytes[kind]), (p) => p.bytes[kind].wire));
  lines.push(
    three('**total** (raw → gzip)', (p) => bytesCell(p.total), (p) => p.total.wire),
    three('**entry JS** `index-*.js` (gzip)', (p) => cell(p.entryJs.wire, kb)),
    three('map chunk `map-view-*.js` (raw → gzip)', (p) => bytesCell(p.mapChunk)),
    three('maplibre worker `*.mjs` (raw → gzip)', (p) => bytesCell(p.worker)),
    three('**first contentful paint**', (p) => cell(p.fcp, ms, p.runs + p.paintRuns), (p) => p.fcp),
    three('largest contentful paint', (p) => cell(p.lcp, ms, p.runs + p.paintRuns), (p) => p.lcp),
    three('**first screen complete, map included** (filmed)', (p) => cell(p.visuallyComplete, ms, p.runs), (p) => p.visuallyComplete),
    three('Speed Index (filmed)', (p) => cell(p.speedIndex, ms, p.runs), (p) => p.speedIndex),
    row(['**map first rendered** (`data-map="ready"`)', `${cell(story.mapReady, ms, story.runs)} (${statusText(story)})`, `${cell(naive.mapReady, ms, naive.runs)} (${statusText(naive)})`, '—', `**${ratio(story.mapReady, naive.mapReady)}**`, '']),
    three('CLS after load', (p) => cell(p.clsLoad, cls)),
    three('CLS after scroll-through', (p) => cell(p.clsScroll, cls)),
    three('sum of all shifts after scroll-through', (p) => cell(p.shiftSumScroll, cls)),
    three('long tasks during scroll (count)', (p) => cell(p.longTaskCount, count)),
    three('long tasks during scroll (total)', (p) => cell(p.longTaskMs, ms)),
    three('scroll steps to the bottom', (p) => cell(p.scrollSteps, count))
  );
  return lines.join('\n');
}

// ---- targets ----------------------------------------------------------------

export function targets({ profile, viewport, story, naive, floor }: Comparison): Target[] {
  const where = `${profile}, ${viewport.name} ${viewport.width}×${viewport.height}`;
  const mapRatio = story.mapReady && naive.mapReady && naive.mapReady.median > 0 ? story.mapReady.median / naive.mapReady.median : null;
  const mapCheck: Target = {
    viewport: where,
    name: 'map ready vs naive build',
    value: mapRatio === null ? 'no data' : `${mapRatio.toFixed(2)}× (${ms(story.mapReady!.median)} vs ${ms(naive.mapReady!.median)})`,
    limit: `≤ ${TARGETS.mapReadyRatio}×`,
    pass: mapRatio !== null && mapRatio <= TARGETS.mapReadyRatio
  };
  const js = story.entryJs.wire?.median ?? null;
  const fcpRatio = story.fcp && floor.fcp && floor.fcp.median > 0 ? story.fcp.median / floor.fcp.median : null;
  const clsCheck = (name: string, s: Stat | null): Target => ({
    viewport: where,
    name,
    value: s ? `${cls(s.median)} (worst run ${cls(s.max)})` : 'no data',
    limit: `≤ ${TARGETS.cls}`,
    pass: s !== null && s.median <= TARGETS.cls
  });
  const slow = profile !== 'loopback';
  const fcpLimit = slow ? TARGETS.fcpRatioThrottled : TARGETS.fcpRatio;
  const filmed = (name: string, pick: (p: PageSummary) => Stat | null, limit: number): Target[] => {
    const [a, b] = [pick(story), pick(naive)];
    if (!a && !b) return [];
    const r = a && b && b.median > 0 ? a.median / b.median : null;
    return [{ viewport: where, name, value: r === null ? 'no data' : `${r.toFixed(2)}× (${ms(a!.median)} vs ${ms(b!.median)})`, limit: `≤ ${limit}×`, pass: r !== null && r <= limit }];
  };
  const visualLimit = slow ? TARGETS.visualRatioThrottled : TARGETS.visualRatioLoopback;
  return [
    {
      viewport: where,
      name: 'entry JS (gzip)',
      value: js === null ? 'no data' : kb(js),
      limit: `≤ ${kb(TARGETS.entryJsBytes)}`,
      pass: js !== null && js <= TARGETS.entryJsBytes
    },
    {
      viewport: where,
      name: 'text painted (FCP) vs floor',
      value: fcpRatio === null ? 'no data' : `${fcpRatio.toFixed(2)}× (${ms(story.fcp!.median)} vs ${ms(floor.fcp!.median)})`,
      limit: `≤ ${fcpLimit}×`,
      pass: fcpRatio !== null && fcpRatio <= fcpLimit
    },
    ...filmed('first screen complete, map included, vs naive build', (p) => p.visuallyComplete, visualLimit),
    // The Speed Index is held to the slow line's ratio only: on loopback both are a few hundred ms.
    ...(slow ? filmed('Speed Index vs naive build', (p) => p.speedIndex, TARGETS.visualRatioThrottled) : []),
    mapCheck,
    clsCheck('CLS after load', story.clsLoad),
    // A throttled run measures the load only.
    ...(story.clsScroll ? [clsCheck('CLS after scroll-through', story.clsScroll)] : [])
  ];
}

export function targetList(all: readonly Target[]): string {
  return all.map((t) => `- **${t.pass ? 'PASS' : 'MISS'}** ${t.viewport}: ${t.name} = ${t.value} (target ${t.limit})`).join('\n');
}
