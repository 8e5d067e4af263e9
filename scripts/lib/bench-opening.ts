/**
 * What the opening step's map (OpeningMap.svelte) adds to each page of the
 * built site, gzip as a host sends it: the page with it, less the page
 * without the drawing and its styles.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The page without the opening map's element (nesting counted) and its style element. */
export function withoutOpening(html: string): string {
  const at = html.indexOf('data-opening=');
  if (at < 0) return html;
  const start = html.lastIndexOf('<div', at);
  const tags = /<(\/?)div\b[^>]*>/g;
  tags.lastIndex = start;
  let depth = 0;
  let end = -1;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) {
      end = m.index + m[0].length;
      break;
    }
  }
  if (end < 0) throw new Error('the opening map is not closed');
  const drawing = html.slice(start, end);
  // Its style is the one whose rules name the drawing's classes.
  const style = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].find((m) => m[1]!.includes('.opening-map'))?.[0] ?? '';
  return html.replace(drawing, '').replace(style, '');
}

export interface OpeningBytes {
  page: string;
  /** gzip bytes the drawing and its styles add. */
  added: number;
}

/** Every HTML page of the site, with what its opening map adds. */
export async function openingBytes(site: string): Promise<OpeningBytes[]> {
  const pages = (await readdir(site, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
  return Promise.all(
    pages.map(async (page) => {
      const html = await readFile(join(site, page), 'utf8');
      return { page: relative(site, join(site, page)), added: gzipSync(html).length - gzipSync(withoutOpening(html)).length };
    })
  );
}
