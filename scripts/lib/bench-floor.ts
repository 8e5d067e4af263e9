/**
 * The "floor" for the bench: the story's prerendered text as a plain HTML page,
 * with no CSS, no JS, no fonts and no graphics. It is the fastest a page with
 * this text can be, so the story is judged against it rather than against a
 * number picked out of the air.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withoutOpening } from './bench-opening.ts';

/** Cut out every `<tag …>…</tag>`, counting nesting (an <svg> may hold another <svg>). */
export function removeElement(html: string, tag: string): string {
  const pattern = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  let out = '';
  let depth = 0;
  let keptFrom = 0;
  for (const match of html.matchAll(pattern)) {
    const closing = match[1] === '/';
    const selfClosing = !closing && match[0].endsWith('/>');
    if (!closing && depth === 0) out += html.slice(keptFrom, match.index);
    if (closing) {
      if (depth > 0 && --depth === 0) keptFrom = match.index + match[0].length;
    } else if (selfClosing) {
      if (depth === 0) keptFrom = match.index + match[0].length;
    } else {
      depth++;
    }
  }
  // An unclosed element swallows the rest, as a browser would treat it.
  return depth > 0 ? out : out + html.slice(keptFrom);
}

/** The `<div id="app">…</div>` that scripts/build.ts rendered into the page. */
export function appMarkup(html: string): string {
  const start = html.indexOf('<div id="app">');
  const bodyEnd = html.lastIndexOf('</body>');
  if (start < 0 || bodyEnd < start) throw new Error('dist/index.html has no prerendered <div id="app"> inside <body>');
  const end = html.lastIndexOf('</div>', bodyEnd);
  if (end < start) throw new Error('dist/index.html: <div id="app"> is not closed');
  return html.slice(start, end + '</div>'.length);
}

function firstMatch(html: string, pattern: RegExp, fallback: string): string {
  return pattern.exec(html)?.[1] ?? fallback;
}

/** Same text, same language and title; nothing that makes the browser fetch or run anything. */
export function floorHtml(storyHtml: string): string {
  // The opening map follows the app's element: a graphic, not the text.
  let body = appMarkup(withoutOpening(storyHtml));
  for (const tag of ['script', 'style', 'svg', 'noscript', 'template']) body = removeElement(body, tag);
  body = body
    .replace(/<link\b[^>]*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '') // Svelte's hydration markers: bytes, not text
    .replace(/\sstyle="[^"]*"/gi, ''); // "no CSS" includes inline styles
  const lang = firstMatch(storyHtml, /<html[^>]*\slang="([^"]*)"/i, 'en');
  const title = firstMatch(storyHtml, /<title>([\s\S]*?)<\/title>/i, '');
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8" />',
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    `<title>${title}</title>`,
    '</head>',
    '<body>',
    body,
    '</body>',
    '</html>',
    ''
  ].join('\n');
}

/** Writes the floor page as index.html in a fresh temp dir and returns that dir. */
export async function writeFloor(storyIndex: string): Promise<string> {
  const html = floorHtml(await readFile(storyIndex, 'utf8'));
  const dir = await mkdtemp(join(tmpdir(), 'bench-floor-'));
  await writeFile(join(dir, 'index.html'), html);
  return dir;
}
