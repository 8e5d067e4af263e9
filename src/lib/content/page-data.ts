/**
 * The story travels inside its page, as a JSON data block after the
 * prerendered text: every edition's page shares one script bundle, and the
 * page hydrates from exactly the story it was rendered from.
 */
import type { Story } from './schema.ts';

export const STORY_DATA_ID = 'story-data';

/** A link to one edition of the story, as one page reaches it (relative, so the site moves as a whole). */
export interface EditionLink {
  /** The edition's `<html lang>`, e.g. "nl-BE". */
  lang: string;
  /** The language's own name for itself, e.g. "Nederlands". */
  name: string;
  href: string;
  current: boolean;
}

export interface PageData {
  story: Story;
  editions: EditionLink[];
}

/** A data block is never run, but `</script>` or `<!--` inside it would end or confuse it. */
export function pageDataBlock(data: PageData): string {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${STORY_DATA_ID}">${json}</script>`;
}

export function readPageData(doc: Document): PageData | null {
  const text = doc.getElementById(STORY_DATA_ID)?.textContent;
  return text ? (JSON.parse(text) as PageData) : null;
}

/** A language's name in that language, capitalised as a menu item: "Nederlands", "Français". */
export function languageName(lang: string): string {
  const base = lang.split('-')[0]!;
  const name = new Intl.DisplayNames([base], { type: 'language' }).of(base) ?? base;
  return name.charAt(0).toLocaleUpperCase(base) + name.slice(1);
}
