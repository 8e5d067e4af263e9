/**
 * Where each edition's pages go in dist/ and how they link to one another:
 * the source edition at the root, the others in a folder named by their
 * code ("nl/"), all sharing assets/. Every URL is relative, so the site
 * moves as a whole to any path of any host.
 */
import { SOURCE } from '../../src/lib/content/load.ts';
import { languageName, type EditionLink } from '../../src/lib/content/page-data.ts';
import { classroomStory } from '../../src/lib/content/classroom.ts';
import type { Story } from '../../src/lib/content/schema.ts';
import type { Edition } from './prerender.ts';

export type PageFile = 'index.html' | 'classroom.html';
/** The pages of every edition: the full story and its classroom version. */
export const PAGE_FILES: readonly PageFile[] = ['index.html', 'classroom.html'];

/** The story a page carries, in its HTML and its data: the classroom page's has no sensitive item anywhere. */
export function storyOfPage(story: Story, file: PageFile): Story {
  return file === 'classroom.html' ? classroomStory(story) : story;
}

/** The classroom page says so on its root (src/main.ts reads it), so that it reads without script too. */
export function markView(html: string, file: PageFile): string {
  return file === 'classroom.html' ? html.replace(/<html lang="([^"]+)">/, '<html lang="$1" data-view="classroom">') : html;
}

/** The edition's folder below the site's root: '' for the source edition, "nl/" for Dutch. */
export function folderOf(code: string): string {
  return code === SOURCE ? '' : `${code}/`;
}

/** From a page of edition `from` to page `file` of edition `to`. */
export function hrefBetween(from: string, to: string, file: PageFile): string {
  return `${from === SOURCE ? './' : '../'}${folderOf(to)}${file}`;
}

/** A page's links to every edition of the same page, its own marked current. */
export function editionLinks(editions: readonly Edition[], from: string, file: PageFile): EditionLink[] {
  return editions.map((e) => ({
    lang: e.story.strings.lang,
    name: languageName(e.story.strings.lang),
    href: hrefBetween(from, e.code, file),
    current: e.code === from
  }));
}

/**
 * `<link rel="alternate" hreflang>` for every edition of a page (itself included, as search
 * engines ask), and `x-default` for the source edition; absolute where the public address is known.
 */
export function alternateLinks(editions: readonly Edition[], from: string, file: PageFile, base: URL | null): string {
  const href = (code: string) => {
    const path = `${folderOf(code)}${file === 'index.html' ? '' : file}`;
    return base ? new URL(path, base).href : hrefBetween(from, code, file).replace(/index\.html$/, '');
  };
  return [
    ...editions.map((e) => `<link rel="alternate" hreflang="${e.story.strings.lang}" href="${href(e.code)}" />`),
    `<link rel="alternate" hreflang="x-default" href="${href(SOURCE)}" />`
  ].join('\n');
}
