/**
 * What social networks and search engines read of the page: the description,
 * Open Graph and Twitter card tags, and a schema.org NewsArticle. Pure: the
 * story and the public address in, tags out, so that every rule is tested
 * without a build.
 */
import type { Story } from '../../src/lib/content/schema.ts';

export interface CardImage {
  /** The file's path beside the page, e.g. "card.png". */
  file: string;
  width: number;
  height: number;
  /** The text alternative of the image. */
  alt: string;
}

export interface MetaInput {
  /** The story's public address (see publicUrl), or null: then every URL is relative and social networks show no image. */
  url: URL | null;
  /** The page these tags go into, beside the story's index, e.g. "classroom.html"; the story's own page by default. */
  page?: string;
  image: CardImage;
}

export interface MetaTag {
  /** Open Graph uses `property`, the others `name`. */
  attr: 'name' | 'property';
  key: string;
  content: string;
}

export interface ArticleMeta {
  tags: MetaTag[];
  jsonLd: Record<string, unknown>;
}

/** `en-GB` as Open Graph writes it: `en_GB`. */
function ogLocale(locale: string): string {
  const [lang, region] = locale.split('-');
  return region ? `${lang!.toLowerCase()}_${region.toUpperCase()}` : lang!.toLowerCase();
}

function resolve(path: string, base: URL | null): string {
  return base ? new URL(path, base).href : `./${path}`;
}

export function articleMeta(story: Story, { url, page, image }: MetaInput): ArticleMeta {
  const imageUrl = resolve(image.file, url);
  const pageUrl = url ? (page ? new URL(page, url).href : url.href) : null;
  const modified = story.updated ?? story.published;
  const tag = (attr: MetaTag['attr'], key: string, content: string | number | null): MetaTag[] =>
    content === null ? [] : [{ attr, key, content: String(content) }];

  const tags = [
    ...tag('name', 'description', story.standfirst),
    ...tag('property', 'og:type', 'article'),
    ...tag('property', 'og:title', story.headline),
    ...tag('property', 'og:description', story.standfirst),
    ...tag('property', 'og:locale', ogLocale(story.strings.locale)),
    ...tag('property', 'og:url', pageUrl),
    ...tag('property', 'og:image', imageUrl),
    ...tag('property', 'og:image:type', 'image/png'),
    ...tag('property', 'og:image:width', image.width),
    ...tag('property', 'og:image:height', image.height),
    ...tag('property', 'og:image:alt', image.alt),
    ...tag('property', 'article:published_time', story.published),
    ...tag('property', 'article:modified_time', story.updated),
    ...tag('name', 'twitter:card', 'summary_large_image'),
    ...tag('name', 'twitter:image:alt', image.alt)
  ];

  const jsonLd: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: story.headline,
    description: story.standfirst,
    image: [{ '@type': 'ImageObject', url: imageUrl, width: image.width, height: image.height }],
    datePublished: story.published,
    dateModified: modified,
    inLanguage: story.strings.locale,
    author: [{ '@type': 'Organization', name: story.byline }],
    ...(url ? { url: url.href, mainEntityOfPage: url.href } : {})
  };
  return { tags, jsonLd };
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * JSON that cannot end its <script> element or open a comment in it, whatever
 * the copy says: `<`, `>` and `&` as JSON escapes (still the same JSON), and the
 * two line separators that older parsers took for line ends.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * The head's markup for `meta`, leaving out any tag the page already carries
 * (`present` is its head: the story's own markup writes the description), so
 * that no tag appears twice. `jsonLd: false` leaves out the NewsArticle, for a
 * page that is a version of the article rather than the article itself.
 */
export function metaHtml(meta: ArticleMeta, present = '', { jsonLd = true } = {}): string {
  const has = (t: MetaTag) => new RegExp(`<meta\\b[^>]*\\b${t.attr}="${t.key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`).test(present);
  const lines = meta.tags.filter((t) => !has(t)).map((t) => `<meta ${t.attr}="${t.key}" content="${attr(t.content)}" />`);
  // A data block, not a script: the browser never runs it, so script-src does not apply to it.
  if (jsonLd) lines.push(`<script type="application/ld+json">${scriptJson(meta.jsonLd)}</script>`);
  return lines.join('\n');
}

/**
 * The story's public address from the environment (STORY_URL), as the base of
 * the page's URLs: an address of a folder gets its closing slash, so that
 * "card.png" resolves inside it. Null, with a warning from the caller, where
 * none is set; an address that is not http(s) stops the build.
 */
export function publicUrl(value: string | undefined): URL | null {
  const text = value?.trim();
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`STORY_URL: expected the story's public address, such as https://news.example/graphics/my-story/, got "${text}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`STORY_URL: expected an http(s) address, got "${text}"`);
  }
  const last = url.pathname.split('/').pop() ?? '';
  if (last !== '' && !last.includes('.')) url.pathname += '/';
  url.search = '';
  url.hash = '';
  return url;
}
