/**
 * The article's metadata (issue 10): what a social network or a search engine
 * reads of the page, from the story and its public address alone.
 */
import { describe, expect, it } from 'vitest';
import { loadStory } from '../../src/lib/content/load.ts';
import type { Story } from '../../src/lib/content/schema.ts';
import { articleMeta, metaHtml, publicUrl, scriptJson, type MetaInput } from '../../scripts/lib/article-meta.ts';

const story = loadStory('data');
const image = { file: 'card.png', width: 1200, height: 630, alt: 'Map: routes to Antwerp.' };
const at = (url: string | null, rest: Partial<MetaInput> = {}): MetaInput => ({ url: url === null ? null : publicUrl(url), image, ...rest });
const tagsOf = (meta: ReturnType<typeof articleMeta>) => Object.fromEntries(meta.tags.map((t) => [t.key, t.content]));

describe('articleMeta', () => {
  it('gives the description, Open Graph and the large-image Twitter card', () => {
    const tags = tagsOf(articleMeta(story, at('https://news.example/graphics/cocaine-road/')));
    expect(tags).toMatchObject({
      description: story.standfirst,
      'og:type': 'article',
      'og:title': story.headline,
      'og:description': story.standfirst,
      'og:locale': 'en_GB',
      'og:url': 'https://news.example/graphics/cocaine-road/',
      'og:image': 'https://news.example/graphics/cocaine-road/card.png',
      'og:image:width': '1200',
      'og:image:height': '630',
      'og:image:alt': image.alt,
      'article:published_time': story.published,
      'twitter:card': 'summary_large_image'
    });
  });

  it('declares every tag with the attribute its reader expects', () => {
    const meta = articleMeta(story, at(null));
    for (const t of meta.tags) expect(t.attr).toBe(t.key.startsWith('og:') || t.key.startsWith('article:') ? 'property' : 'name');
  });

  it('stays relative, with no og:url and no page address, where the public address is unknown', () => {
    const meta = articleMeta(story, at(null));
    const tags = tagsOf(meta);
    expect(tags['og:image']).toBe('./card.png');
    expect(tags).not.toHaveProperty('og:url');
    expect(meta.jsonLd).not.toHaveProperty('url');
    expect(meta.jsonLd).not.toHaveProperty('mainEntityOfPage');
  });

  it('points og:url at the page it is for', () => {
    const tags = tagsOf(articleMeta(story, at('https://news.example/graphics/cocaine-road/', { page: 'classroom.html' })));
    expect(tags['og:url']).toBe('https://news.example/graphics/cocaine-road/classroom.html');
    expect(tags['og:image']).toBe('https://news.example/graphics/cocaine-road/card.png');
  });

  it('describes a NewsArticle with its dates, language, image and byline', () => {
    const updated: Story = { ...story, published: '2025-11-28', updated: '2025-12-03' };
    const { jsonLd } = articleMeta(updated, at('https://news.example/story/'));
    expect(jsonLd).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: story.headline,
      description: story.standfirst,
      image: [{ '@type': 'ImageObject', url: 'https://news.example/story/card.png', width: 1200, height: 630 }],
      datePublished: '2025-11-28',
      dateModified: '2025-12-03',
      inLanguage: 'en-GB',
      author: [{ '@type': 'Organization', name: story.byline }],
      url: 'https://news.example/story/',
      mainEntityOfPage: 'https://news.example/story/'
    });
    expect(tagsOf(articleMeta(updated, at(null)))['article:modified_time']).toBe('2025-12-03');
  });

  it('dates the modification at publication while there was no update', () => {
    const { jsonLd, tags } = articleMeta({ ...story, published: '2025-11-28', updated: null }, at(null));
    expect(jsonLd.dateModified).toBe('2025-11-28');
    expect(tags.map((t) => t.key)).not.toContain('article:modified_time');
  });

  it('does not change the story', () => {
    const copy = structuredClone(story);
    articleMeta(story, at('https://news.example/'));
    expect(story).toEqual(copy);
  });
});

describe('metaHtml', () => {
  const hostile: Story = { ...story, headline: 'A "quoted" <b>head</b> & </script><script>alert(1)</script>' };

  it('escapes the copy in attributes and in the JSON-LD, which still parses to the same words', () => {
    const html = metaHtml(articleMeta(hostile, at(null)));
    expect(html).toContain('<meta property="og:title" content="A &quot;quoted&quot; &lt;b&gt;head&lt;/b&gt; &amp; &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;" />');
    const json = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(json).not.toMatch(/[<>&]/);
    expect(JSON.parse(json).headline).toBe(hostile.headline);
    // One script element only: the copy could not close it.
    expect(html.match(/<\/script>/g)).toHaveLength(1);
  });

  it('leaves out a tag the page already has, and the NewsArticle where asked', () => {
    const html = metaHtml(articleMeta(story, at(null)), '<meta name="description" content="x"/>', { jsonLd: false });
    expect(html).not.toContain('name="description"');
    expect(html).toContain('property="og:description"');
    expect(html).not.toContain('ld+json');
  });

  it('writes the line separators as escapes', () => {
    expect(scriptJson({ a: 'x\u2028y\u2029' })).toBe('{"a":"x\\u2028y\\u2029"}');
  });
});

describe('publicUrl (STORY_URL)', () => {
  it.each([
    ['https://news.example/graphics/cocaine-road/', 'https://news.example/graphics/cocaine-road/'],
    ['https://news.example/graphics/cocaine-road', 'https://news.example/graphics/cocaine-road/'],
    ['https://news.example/graphics/cocaine-road/index.html', 'https://news.example/graphics/cocaine-road/index.html'],
    ['  http://localhost:4173/graphics/story/?utm=x#top ', 'http://localhost:4173/graphics/story/'],
    ['https://news.example', 'https://news.example/']
  ])('takes %s as %s', (value, href) => {
    expect(publicUrl(value)?.href).toBe(href);
  });

  it('is null where unset or empty', () => {
    expect(publicUrl(undefined)).toBeNull();
    expect(publicUrl('  ')).toBeNull();
  });

  it('refuses what is not an http(s) address, naming the setting', () => {
    expect(() => publicUrl('news.example/story')).toThrow(/STORY_URL: expected the story's public address/);
    expect(() => publicUrl('file:///tmp/story/')).toThrow(/STORY_URL: expected an http\(s\) address/);
  });

  it('resolves the card inside the story\'s folder', () => {
    const meta = articleMeta(story, at('https://news.example/graphics/cocaine-road/index.html'));
    expect(tagsOf(meta)['og:image']).toBe('https://news.example/graphics/cocaine-road/card.png');
  });
});
