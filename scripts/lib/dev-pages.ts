/**
 * The dev server's pages of every edition and version, as the build lays them
 * out (index.html and classroom.html at the root for the source edition, and
 * in nl/, fr/ for the others): the shell with the edition's story in its data
 * block, so a translator reads their own words at /nl/ while editing them.
 */
import { pageDataBlock } from '../../src/lib/content/page-data.ts';
import { editionLinks, folderOf, markView, storyOfPage, type PageFile } from './editions.ts';
import type { Edition } from './prerender.ts';

export interface DevPage {
  code: string;
  file: PageFile;
}

/** Which page a request's path asks for, or null for anything else (the dev server's own files). */
export function devPageOf(url: string, codes: readonly string[]): DevPage | null {
  const path = url.split(/[?#]/)[0]!;
  const m = /^\/(?:([a-z]{2})\/)?(index\.html|classroom\.html)?$/.exec(path);
  if (!m) return null;
  const code = m[1] ?? codes[0]!;
  if (!codes.includes(code) || (m[1] !== undefined && code === codes[0])) return null;
  return { code, file: (m[2] as PageFile | undefined) ?? 'index.html' };
}

/**
 * The shell (index.html, already transformed by Vite) as that page: its language,
 * its view, and its story; the classroom page carries the classroom story.
 */
export function devPageHtml(shell: string, page: DevPage, editions: readonly Edition[]): string {
  const story = storyOfPage(editions.find((e) => e.code === page.code)!.story, page.file);
  // The shell's own URLs point to the server's root, wherever the page is.
  const rooted = folderOf(page.code) ? shell.replace(/\b(src|href)="\.\//g, '$1="/') : shell;
  const html = rooted
    .replace(/<html lang="[^"]*">/, `<html lang="${story.strings.lang}">`)
    .replace('</body>', `${pageDataBlock({ story, editions: editionLinks(editions, page.code, page.file) })}\n</body>`);
  return markView(html, page.file);
}
