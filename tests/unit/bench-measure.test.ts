// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { markCacheHits, type RequestRecord } from '../../scripts/lib/bench-measure.ts';

const record = (seq: number, url: string, over: Partial<RequestRecord> = {}): RequestRecord => ({
  seq,
  url,
  kind: 'script',
  resourceType: 'script',
  status: 200,
  raw: 1000,
  wire: 300,
  headerBytes: 100,
  reusable: true,
  fromCache: false,
  ...over
});

describe("the bench's byte count", () => {
  it('counts a prefetched file once: its later request is the cache', () => {
    const [first, again] = markCacheHits([record(0, 'http://x/assets/map.js'), record(1, 'http://x/assets/map.js')]);
    expect(first).toMatchObject({ wire: 300, fromCache: false });
    expect(again).toMatchObject({ raw: 0, wire: 0, fromCache: true });
  });

  it('counts every download of a response that may not be kept, and of different files', () => {
    const marked = markCacheHits([
      record(0, 'http://x/index.html', { reusable: false }),
      record(1, 'http://x/index.html', { reusable: false }),
      record(2, 'http://x/assets/a.js'),
      record(3, 'http://x/assets/b.js')
    ]);
    expect(marked.map((r) => r.wire)).toEqual([300, 300, 300, 300]);
  });
});
