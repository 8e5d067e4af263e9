import { describe, expect, it } from 'vitest';
import { KINDS, type Bytes, type Kind, type RunResult } from '../../scripts/lib/bench-measure.ts';
import { stat, summarise, targets } from '../../scripts/lib/bench-report.ts';
import { progressOf } from '../../scripts/lib/bench-film.ts';

const none: Bytes = { raw: 0, wire: 0, count: 0 };

function run(fcp: number, mapReady: number | null, complete: number | null = null): RunResult {
  return {
    bytes: Object.fromEntries(KINDS.map((k) => [k, none])) as Record<Kind, Bytes>,
    total: none,
    entryJs: { raw: 150_000, wire: 49_000, count: 1 },
    mapChunk: null,
    worker: null,
    fcp,
    lcp: fcp,
    mapReady,
    mapStatus: mapReady === null ? 'n/a' : 'ready',
    clsLoad: 0,
    clsScroll: NaN,
    shiftSumScroll: NaN,
    longTasksScroll: { count: NaN, totalMs: NaN },
    longTasksLoad: { count: 0, totalMs: 0 },
    scroll: { start: 0, end: 0, steps: NaN, scrollHeight: 0, reachedBottom: false },
    shifts: [],
    requests: [],
    failedRequests: [],
    visual: complete === null ? null : { complete, speedIndex: complete / 2, frames: [] },
    wallMs: 1000
  };
}

describe('the bench report', () => {
  it('takes the median of the runs that gave a value', () => {
    expect(stat([500, null, 700, 600, NaN])).toEqual({ median: 600, min: 500, max: 700, n: 3 });
    expect(stat([1, 2, 3, 4])?.median).toBe(2.5);
    expect(stat([null])).toBeNull();
  });

  it('counts the paint-only loads for the paints, and only for them', () => {
    const full = [run(700, 5000), run(720, 5200), run(740, 5400)];
    const paintOnly = [run(500, null), run(520, null), run(540, null), run(560, null)];
    const summary = summarise(full, paintOnly);
    expect(summary.runs).toBe(3);
    expect(summary.paintRuns).toBe(4);
    expect(summary.fcp).toEqual({ median: 560, min: 500, max: 740, n: 7 });
    expect(summary.lcp?.n).toBe(7);
    expect(summary.mapReady).toEqual({ median: 5200, min: 5000, max: 5400, n: 3 });
    expect(summary.mapStatus).toEqual({ ready: 3 });
  });

  it('judges the first paint against the floor with every load of both', () => {
    const viewport = { name: 'phone', width: 390, height: 844, mobile: true };
    const story = summarise([run(700, 5000)], [run(600, null), run(620, null)]);
    const naive = summarise([run(800, 8000)]);
    const floor = summarise([run(500, null)], [run(500, null), run(540, null)]);
    const fcp = targets({ profile: 'phone line', viewport, story, naive, floor }).find((t) => t.name.startsWith('text painted'));
    expect(fcp?.value).toBe('1.24× (620 ms vs 500 ms)');
    expect(fcp?.pass).toBe(false);
    // Without the paint-only loads the one full run of each decides: 700 vs 500.
    const fewer = targets({ profile: 'phone line', viewport, story: summarise([run(700, 5000)]), naive, floor: summarise([run(500, null)]) });
    expect(fewer.find((t) => t.name.startsWith('text painted'))?.value).toBe('1.40× (700 ms vs 500 ms)');
  });

  it('holds the filmed first screen to a share of the naive build\'s, stricter on the slow line', () => {
    const viewport = { name: 'phone', width: 390, height: 844, mobile: true };
    const floor = summarise([run(500, null)]);
    const story = summarise([run(600, 5000, 2400)]);
    const naive = summarise([run(800, 8000, 7000)]);
    const slow = targets({ profile: 'phone line', viewport, story, naive, floor });
    expect(slow.find((t) => t.name.startsWith('first screen complete'))).toMatchObject({ value: '0.34× (2400 ms vs 7000 ms)', limit: '≤ 0.35×', pass: true });
    expect(slow.find((t) => t.name.startsWith('Speed Index'))?.pass).toBe(true);
    const late = targets({ profile: 'phone line', viewport, story: summarise([run(600, 5000, 2500)]), naive, floor });
    expect(late.find((t) => t.name.startsWith('first screen complete'))?.pass).toBe(false);
    const fast = targets({ profile: 'loopback', viewport, story: summarise([run(100, 900, 600)]), naive: summarise([run(300, 1400, 1400)]), floor });
    expect(fast.find((t) => t.name.startsWith('first screen complete'))).toMatchObject({ limit: '≤ 0.5×', pass: true });
    // The text on the slow line paints no later than the floor's.
    expect(slow.find((t) => t.name.startsWith('text painted'))).toMatchObject({ limit: '≤ 1×', pass: false });
  });
});

describe('the filmed first screen', () => {
  it('is complete from the first frame after which every frame matches the settled one', () => {
    // Blank (a white screen matches 20 %), the text (60 %), the map (99.5 %), a flicker (90 %), settled.
    const film = progressOf([{ t: 100, match: 0.6 }, { t: 400, match: 0.995 }, { t: 500, match: 0.9 }, { t: 700, match: 1 }], 0.2);
    expect(film.complete).toBe(700);
    // 100 ms blank, then 300 ms at half, 100 ms nearly done, 200 ms at 7/8: 100 + 150 + 0.6 + 25.
    expect(film.speedIndex).toBe(276);
    expect(film.frames.map((f) => f.progress)).toEqual([0.5, 0.994, 0.875, 1]);
    expect(progressOf([{ t: 300, match: 0.5 }], 0.5).complete).toBeNull();
  });
});
