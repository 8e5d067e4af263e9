/**
 * Finds the line of a field in a copy or data file, so that an error can point
 * an editor at it. ArchieML keeps no positions, so the copy is scanned with the
 * same conventions the format documents (a step starts at its `id:` key).
 */
import { parseTree, findNodeAtLocation } from 'jsonc-parser';

const KEY = /^\s*([A-Za-z0-9_.-]+)\s*:/;
const TOP_ARRAY = /^\s*\[([A-Za-z0-9_-]+)\]\s*$/;

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Line (1-based) of a path such as ['steps', 3, 'body', 1, 'value', 'by'] in an ArchieML file. */
export function locateInArchie(text: string, path: readonly PropertyKey[]): number | null {
  const lines = text.split('\n');
  const [head, index, ...rest] = path;
  if (head === undefined) return null;
  if (typeof head !== 'string') return null;

  const arrayStart = lines.findIndex((l) => TOP_ARRAY.exec(l)?.[1] === head);
  if (arrayStart < 0) {
    const i = lines.findIndex((l) => KEY.exec(l)?.[1] === head);
    return i < 0 ? null : i + 1;
  }
  if (typeof index !== 'number') return arrayStart + 1;

  let end = lines.findIndex((l, i) => i > arrayStart && TOP_ARRAY.test(l));
  if (end < 0) end = lines.length;
  // As ArchieML reads it, an item of a top-level array starts where the array's first key comes again
  // (`id:` for chapters and steps, `date:` for corrections).
  const first = findLine(lines, arrayStart + 1, end, (l) => KEY.test(l));
  const itemKey = first < 0 ? 'id' : KEY.exec(lines[first] ?? '')?.[1];
  const starts: number[] = [];
  for (let i = arrayStart + 1; i < end; i++) if (KEY.exec(lines[i] ?? '')?.[1] === itemKey) starts.push(i);
  const start = starts[index];
  if (start === undefined) return arrayStart + 1;
  const itemEnd = starts[index + 1] ?? end;

  const [field, blockIndex, ...inner] = rest;
  if (field === undefined) return start + 1;
  if (field === 'body') {
    const bodyAt = findLine(lines, start, itemEnd, (l) => /^\s*\[\.\+?body\]/.test(l));
    if (bodyAt < 0) return start + 1;
    if (typeof blockIndex !== 'number') return bodyAt + 1;
    const blockLine = nthBlock(lines, bodyAt + 1, itemEnd, blockIndex);
    if (blockLine < 0) return bodyAt + 1;
    const key = inner.find((s) => typeof s === 'string' && s !== 'value' && s !== 'type');
    if (typeof key === 'string') {
      const k = findLine(lines, blockLine + 1, itemEnd, (l) => KEY.exec(l)?.[1] === key || /^\s*\{\}/.test(l));
      if (k >= 0 && KEY.exec(lines[k] ?? '')?.[1] === key) return k + 1;
    }
    return blockLine + 1;
  }
  const at = findLine(lines, start, itemEnd, (l) => KEY.exec(l)?.[1] === field);
  return at < 0 ? start + 1 : at + 1;
}

function findLine(lines: string[], from: number, to: number, test: (l: string) => boolean): number {
  for (let i = from; i < to; i++) if (test(lines[i] ?? '')) return i;
  return -1;
}

/** The line where the n-th block of a freeform [.+body] list begins. */
function nthBlock(lines: string[], from: number, to: number, n: number): number {
  let count = -1;
  let inObject = false;
  for (let i = from; i < to; i++) {
    const l = lines[i] ?? '';
    if (/^\s*\[\]/.test(l)) return -1;
    if (inObject) {
      if (/^\s*\{\}/.test(l)) inObject = false;
      continue;
    }
    if (/^\s*\{\.[A-Za-z0-9_-]+\}/.test(l)) inObject = true;
    else if (!KEY.test(l) && l.trim() === '') continue;
    else if (!KEY.test(l) && /^\s*:end/.test(l)) continue;
    count++;
    if (count === n) return i;
  }
  return -1;
}

/** Line (1-based) of a JSON path in a JSON file. */
export function locateInJson(text: string, path: readonly PropertyKey[]): number | null {
  const tree = parseTree(text);
  if (!tree) return null;
  const segs = path.filter((s): s is string | number => typeof s !== 'symbol');
  for (let n = segs.length; n >= 0; n--) {
    const node = findNodeAtLocation(tree, segs.slice(0, n));
    if (node) {
      // For a property, point at its key rather than its value.
      const at = node.parent?.type === 'property' ? node.parent.offset : node.offset;
      return lineOf(text, at);
    }
  }
  return null;
}

export function jsonSyntaxLine(text: string, err: unknown): number | null {
  const m = /position (\d+)/.exec(String(err));
  return m ? lineOf(text, Number(m[1])) : null;
}
