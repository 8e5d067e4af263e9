/**
 * The copy's inline markup: `*emphasis*`, `**strong**` and `[links](https://…)`.
 * Everything else is plain text. The copy is treated as untrusted: it is never
 * handed to the page as HTML, and `checkMarkup` refuses at build time anything
 * that looks like an attempt to smuggle HTML or script into it.
 *
 * Rules (data/README.md says the same for editors):
 * - A link is `[text](address)`. The address is `https://…`, `http://…`,
 *   `mailto:…` or an in-page `#anchor`; nothing else. Square brackets not
 *   followed by `(` are ordinary text, e.g. "[sic]".
 * - Emphasis is `*words*`, strong is `**words**`. The opening asterisks must be
 *   followed by a non-space and must not follow a letter or digit; the closing
 *   ones must follow a non-space and must not be followed by a letter or digit.
 *   So "5 * 3" and "2*3*4" stay as they are. Emphasis never spans a link and
 *   nothing nests: text inside emphasis or a link is shown as written.
 */

export type Segment =
  | { kind: 'text' | 'em' | 'strong'; text: string }
  | { kind: 'link'; text: string; href: string };

/** One thing wrong with a text value's markup, for the build's error list. */
export interface MarkupProblem {
  expected: string;
  got: string;
}

export interface CheckOptions {
  /** Whether emphasis and links are allowed (p, sensitive and quote text), or the text is plain. */
  rich: boolean;
  /** The ids an in-page `#anchor` may point at; when absent, any slug is accepted. */
  anchors?: ReadonlySet<string>;
}

export const MARKUP_EXPECTED = 'plain text with *emphasis* and [links](https://…) only';

const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
const ANCHOR = /^#([a-z0-9]+(?:-[a-z0-9]+)*)$/;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** True for an address the page may link to: http(s), mailto or an in-page #slug. */
export function isSafeHref(href: string): boolean {
  // Whitespace and control characters hide schemes from naive checks ("java\tscript:").
  if (href === '' || /[\s\p{Cc}\p{Cf}]/u.test(href)) return false;
  if (href.startsWith('#')) return ANCHOR.test(href);
  const scheme = SCHEME.exec(href)?.[1]?.toLowerCase();
  if (scheme === 'mailto') return /^mailto:[^@]+@[^@]+$/i.test(href);
  if (scheme !== 'http' && scheme !== 'https') return false;
  if (!/^https?:\/\/[^/]/i.test(href)) return false;
  try {
    const url = new URL(href);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** True for a link that leaves the page (anything but an in-page #anchor). */
export function isExternalHref(href: string): boolean {
  return !href.startsWith('#');
}

interface LinkMatch {
  start: number;
  /** Index just past the closing parenthesis (the text's length when unclosed). */
  end: number;
  text: string;
  /** null when the `(` after `]` is never closed. */
  href: string | null;
}

/** Every `[text](address)` in the text, in order, including an unclosed last one. */
function findLinks(s: string): LinkMatch[] {
  const links: LinkMatch[] = [];
  let i = 0;
  while (i < s.length) {
    const open = s.indexOf('[', i);
    if (open < 0) break;
    const close = s.indexOf(']', open + 1);
    if (close < 0) break;
    // "[a [b](…)": the link starts at the bracket nearest to its "]".
    const inner = s.lastIndexOf('[', close);
    if (inner !== open) {
      i = inner;
      continue;
    }
    if (s[close + 1] !== '(') {
      i = close + 1;
      continue;
    }
    let depth = 1;
    let k = close + 2;
    for (; k < s.length; k++) {
      if (s[k] === '(') depth++;
      else if (s[k] === ')' && --depth === 0) break;
    }
    const text = s.slice(open + 1, close);
    if (k >= s.length) {
      links.push({ start: open, end: s.length, text, href: null });
      break;
    }
    links.push({ start: open, end: k + 1, text, href: s.slice(close + 2, k) });
    i = k + 1;
  }
  return links;
}

function canOpen(s: string, at: number, width: number): boolean {
  const before = s[at - 1];
  const after = s[at + width];
  return (before === undefined || !WORD_CHAR.test(before)) && after !== undefined && !SPACE.test(after) && after !== '*';
}

function canClose(s: string, at: number, width: number): boolean {
  const before = s[at - 1];
  const after = s[at + width];
  return before !== undefined && !SPACE.test(before) && before !== '*' && (after === undefined || (!WORD_CHAR.test(after) && after !== '*'));
}

/** Splits a run of text without links into text, em and strong segments. */
function emphasis(s: string, out: Segment[]): void {
  let text = '';
  let i = 0;
  while (i < s.length) {
    if (s[i] !== '*') {
      text += s[i];
      i++;
      continue;
    }
    const width = s[i + 1] === '*' ? 2 : 1;
    let closeAt = -1;
    if (canOpen(s, i, width)) {
      const delim = width === 2 ? '**' : '*';
      for (let j = s.indexOf(delim, i + width + 1); j >= 0; j = s.indexOf(delim, j + 1)) {
        if (canClose(s, j, width)) {
          closeAt = j;
          break;
        }
      }
    }
    if (closeAt < 0) {
      text += s.slice(i, i + width);
      i += width;
      continue;
    }
    if (text) out.push({ kind: 'text', text });
    text = '';
    out.push({ kind: width === 2 ? 'strong' : 'em', text: s.slice(i + width, closeAt) });
    i = closeAt + width;
  }
  if (text) out.push({ kind: 'text', text });
}

/**
 * Splits a text value into segments to render. Pure. A link whose address is
 * not safe, or whose text is empty, stays as the text it was written as, so
 * even unchecked input can never produce a dangerous link.
 */
export function parseInline(text: string): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const link of findLinks(text)) {
    if (link.href === null || link.text.trim() === '' || !isSafeHref(link.href)) continue;
    emphasis(text.slice(at, link.start), out);
    out.push({ kind: 'link', text: link.text, href: link.href });
    at = link.end;
  }
  emphasis(text.slice(at), out);
  return out;
}

function snippet(s: string, max = 40): string {
  return JSON.stringify(s.length > max ? s.slice(0, max - 1) + '…' : s);
}

const TAG = /<\/?[A-Za-z][^<>]*>?|<\/>|<!-*|<\?/;
// Any on…= attribute text, except English words no event handler is named ("one = two").
const HANDLER = /\bon(?!(?:e|es|ce|ly|to|set|wards?)\s*=)[a-z]+\s*=/i;

/**
 * The first markup problem in a text value of the copy, or null. Refuses HTML
 * tags, event-handler attributes, links that are unclosed, empty or lead
 * anywhere but http(s), mailto or an in-page anchor, and, in plain fields, any
 * markup at all.
 */
export function checkMarkup(text: string, options: CheckOptions): MarkupProblem | null {
  const tag = TAG.exec(text);
  if (tag) return { expected: `${MARKUP_EXPECTED} (HTML tags are refused)`, got: snippet(tag[0]) };
  const handler = HANDLER.exec(text);
  if (handler) return { expected: `${MARKUP_EXPECTED} (event handlers such as onerror= are refused)`, got: snippet(handler[0]) };

  const links = findLinks(text);
  for (const link of links) {
    const raw = text.slice(link.start, link.end);
    if (link.href === null) {
      return { expected: 'a link closed by a parenthesis: [text](https://…)', got: snippet(raw) };
    }
    if (!isSafeHref(link.href)) {
      return {
        expected: 'a link to an https:, http: or mailto: address or to an in-page #anchor (no spaces)',
        got: snippet(link.href)
      };
    }
    if (link.text.trim() === '') return { expected: 'a link with some text between its brackets', got: snippet(raw) };
    const anchor = ANCHOR.exec(link.href)?.[1];
    if (anchor !== undefined && options.anchors && !options.anchors.has(anchor)) {
      return { expected: 'an in-page link to a step id, or to source-<id> of a source in sources.json', got: snippet(link.href) };
    }
  }
  if (!options.rich) {
    const marked = parseInline(text).find((s) => s.kind !== 'text');
    const got = links[0]
      ? text.slice(links[0].start, links[0].end)
      : marked && (marked.kind === 'strong' ? `**${marked.text}**` : `*${marked.text}*`);
    if (got) return { expected: 'plain text here (*emphasis* and [links] work only in p, sensitive and quote text)', got: snippet(got) };
  }
  return null;
}
