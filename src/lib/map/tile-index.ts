/**
 * Reads the index of the basemap's tiles (scripts/lib/basemap-tiles.ts,
 * `encodeTiles`): for each zoom, "x:y0-y1,y2;x:…". Pure, so that it is tested
 * against the encoder.
 */
export function decodeTiles(encoded: Record<number, string>): Set<string> {
  const out = new Set<string>();
  for (const [z, columns] of Object.entries(encoded)) {
    if (!columns) continue;
    for (const column of columns.split(';')) {
      const [x, runs = ''] = column.split(':');
      for (const run of runs.split(',')) {
        const [from, to = from] = run.split('-').map(Number) as [number, number?];
        for (let y = from; y <= to!; y++) out.add(`${z}/${x}/${y}`);
      }
    }
  }
  return out;
}
