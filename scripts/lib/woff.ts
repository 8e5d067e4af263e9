/**
 * WOFF (version 1) to the TrueType/OpenType file it wraps. The card's
 * rasteriser (resvg) reads only plain sfnt fonts, and the font packages ship
 * web formats only; WOFF 1 is zlib per table, so node:zlib undoes it exactly.
 */
import { inflateSync } from 'node:zlib';

const WOFF = 0x774f4646; // 'wOFF'
const HEADER = 44;
const WOFF_ENTRY = 20;
const SFNT_ENTRY = 16;

export function woffToSfnt(woff: Uint8Array): Buffer {
  const src = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
  if (src.length < HEADER || src.readUInt32BE(0) !== WOFF) throw new Error('not a WOFF 1 font (no wOFF signature)');
  const flavor = src.readUInt32BE(4);
  const numTables = src.readUInt16BE(12);

  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = HEADER + i * WOFF_ENTRY;
    const offset = src.readUInt32BE(at + 4);
    const compLength = src.readUInt32BE(at + 8);
    const origLength = src.readUInt32BE(at + 12);
    const raw = src.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(raw) : raw;
    if (data.length !== origLength) throw new Error(`WOFF table ${i}: ${data.length} bytes, header says ${origLength}`);
    return { tag: src.readUInt32BE(at), checksum: src.readUInt32BE(at + 16), data };
  });

  const headerSize = 12 + numTables * SFNT_ENTRY;
  const padded = (n: number) => (n + 3) & ~3;
  const size = tables.reduce((sum, t) => sum + padded(t.data.length), headerSize);
  const out = Buffer.alloc(size);
  const power = 2 ** Math.floor(Math.log2(numTables));
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(power * 16, 6);
  out.writeUInt16BE(Math.log2(power), 8);
  out.writeUInt16BE(numTables * 16 - power * 16, 10);
  let offset = headerSize;
  tables.forEach((t, i) => {
    const at = 12 + i * SFNT_ENTRY;
    out.writeUInt32BE(t.tag, at);
    out.writeUInt32BE(t.checksum, at + 4);
    out.writeUInt32BE(offset, at + 8);
    out.writeUInt32BE(t.data.length, at + 12);
    t.data.copy(out, offset);
    offset += padded(t.data.length);
  });
  return out;
}
