/**
 * The built page's social card and article metadata (`npm run build`): the
 * card is rendered while Vite bundles, written beside the page, and the tags
 * that point at it go into each page's head.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Story } from '../../src/lib/content/schema.ts';
import { CARD, renderCard, type DrawMap } from './card.ts';
import { articleMeta, metaHtml, publicUrl, type CardImage } from './article-meta.ts';

/** Beside index.html, where the pages' relative URLs find it under any sub-path. */
export const CARD_FILE = 'card.png';

export interface Social {
  /** Writes the card into the built site. */
  write(dist: string): Promise<void>;
  /** `html` with the metadata for `page` (a file of dist/) at the end of its head. */
  inject(html: string, page: 'index.html' | 'classroom.html'): string;
}

/**
 * The edition's public address, from STORY_URL: called before Vite has emptied dist/, so that a bad
 * one stops the build first. `folder`: where the edition's pages are below the story's address
 * ("nl/"), '' for the source edition.
 */
export function socialUrl(env: NodeJS.ProcessEnv = process.env, folder = ''): URL | null {
  const base = publicUrl(env.STORY_URL);
  const url = base && folder ? new URL(folder, base) : base;
  if (!url && !folder) {
    console.warn(
      'warning: STORY_URL is not set, so the social card and the article metadata use relative URLs, which social networks do not follow.\n' +
        '         Set it to the story\'s public address, e.g. STORY_URL=https://news.example/graphics/my-story/ npm run build'
    );
  }
  return url;
}

/** The card, its map drawn by `draw` (the page's own SVG map, rendered on the server), and the metadata that points at it. */
export async function socialCard(story: Story, url: URL | null, draw: DrawMap): Promise<Social> {
  const card = await renderCard(story, draw);
  const image: CardImage = { file: CARD_FILE, ...CARD, alt: card.alt };
  return {
    write: (dist) => writeFile(resolve(dist, CARD_FILE), card.png),
    inject(html, page) {
      const head = /<head>([\s\S]*?)<\/head>/.exec(html);
      if (!head) throw new Error(`dist/${page} has no <head> for the article metadata`);
      const meta = articleMeta(story, { url, image, ...(page === 'index.html' ? {} : { page }) });
      // The classroom page is a version of the article, not a second article: it gets the card, not the NewsArticle.
      const tags = metaHtml(meta, head[1], { jsonLd: page === 'index.html' });
      return html.replace('</head>', () => `${tags}\n</head>`);
    }
  };
}
