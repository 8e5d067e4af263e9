/**
 * The presentation's slides, measured from the page (slides.ts packs them).
 * A step's blocks are the children of its card; every step is measured at
 * once, in the panel as the presentation lays it out, so the split follows
 * the screen, the fonts and the copy without anything written per step.
 *
 * While measuring, the root carries `data-measuring`, under which app.css
 * lays out every step and every block; it is removed in the same task, so the
 * browser never paints that state.
 */
import { packSlides, slideRange, type BlockExtent, type BlockGroup, type SlideStarts } from './slides';

/** Set on a block that the slide on screen leaves out (app.css hides it). */
const OFF = 'data-off-slide';
/** Set on a list or figure that runs on from the slide before: app.css drops its top rule and gap, so the slide starts with its rows. */
const CONTINUED = 'data-continued';
/**
 * What may run on over slides, item by item, when it does not fit on one: lists, figures (charts), quotes,
 * sections, and a chart's drawing made of parts (a bars chart's rows, then its whole): taken as one block,
 * a drawing too tall to share a slide with the chart's title left the title alone on the slide before.
 */
const GROUPS = 'ul, ol, figure, blockquote, section, figure > .graphic';

/** Laid out in the flow: what is visually hidden (positioned out of it) takes no room on a slide and stays. */
function inFlow(el: Element): el is HTMLElement {
  if (!(el instanceof HTMLElement)) return false;
  const position = getComputedStyle(el).position;
  return position !== 'absolute' && position !== 'fixed';
}

interface Blocks {
  /** The units a slide shows or leaves out, in order. */
  blocks: HTMLElement[];
  /** Lists and figures, each with the range of its items in `blocks`. */
  groups: (BlockGroup & { element: HTMLElement })[];
}

/** A card's blocks: its children, and the items of its lists and figures. The same in every window, whatever its size. */
export function blocksOf(card: Element): Blocks {
  const found: Blocks = { blocks: [], groups: [] };
  const walk = (parent: Element) => {
    for (const el of parent.children) {
      if (!inFlow(el)) continue;
      const items = el.matches(GROUPS) ? [...el.children].filter(inFlow) : [];
      if (items.length < 2) {
        found.blocks.push(el);
        continue;
      }
      const from = found.blocks.length;
      walk(el);
      found.groups.push({ from, to: found.blocks.length, element: el });
    }
  };
  walk(card);
  return found;
}

function marginBox(el: HTMLElement): { top: number; bottom: number } {
  const box = el.getBoundingClientRect();
  const css = getComputedStyle(el);
  return { top: box.top - (parseFloat(css.marginTop) || 0), bottom: box.bottom + (parseFloat(css.marginBottom) || 0) };
}

function extentsOf({ blocks, groups }: Blocks): BlockExtent[] {
  const extents: BlockExtent[] = blocks.map((el, i) => ({
    ...marginBox(el),
    // A heading, or a caption above what it captions (the drawing's first part, where the drawing is split).
    keepWithNext: /^H[1-6]$/.test(el.tagName) || (el.tagName === 'FIGCAPTION' && el.parentElement?.contains(blocks[i + 1] ?? null) === true),
    // A source line goes with what it is the source of.
    keepWithPrevious: el.matches('[data-source-line]')
  }));
  // Inner groups come first in `groups`: each outer one then extends its first and last item (already extended) to its own edges.
  for (const g of groups) {
    const edge = marginBox(g.element);
    const first = extents[g.from]!;
    const last = extents[g.to - 1]!;
    const [above, below] = [Math.max(0, first.top - edge.top), Math.max(0, edge.bottom - last.bottom)];
    first.top = Math.min(first.top, edge.top);
    last.bottom = Math.max(last.bottom, edge.bottom);
    for (let i = g.from + 1; i < g.to; i++) extents[i]!.lead = (extents[i]!.lead ?? 0) + above;
    for (let i = g.from; i < g.to - 1; i++) extents[i]!.tail = (extents[i]!.tail ?? 0) + below;
  }
  return extents;
}

/** Each card's slides, for `panel` (the scrolling box that holds the cards). */
export function measureSlides(panel: HTMLElement, cards: readonly HTMLElement[]): SlideStarts[] {
  const root = document.documentElement;
  root.setAttribute('data-measuring', '');
  try {
    const card = cards[0];
    if (!card || panel.clientHeight <= 0) return cards.map(() => [0]);
    const css = getComputedStyle(card);
    // A pixel to spare: the page rounds the heights it compares.
    const capacity = panel.clientHeight - (parseFloat(css.paddingTop) || 0) - (parseFloat(css.paddingBottom) || 0) - 1;
    return cards.map((c) => {
      const found = blocksOf(c);
      return packSlides(extentsOf(found), capacity, found.groups);
    });
  } finally {
    root.removeAttribute('data-measuring');
  }
}

export function sameSlides(a: readonly SlideStarts[] | null, b: readonly SlideStarts[] | null): boolean {
  if (!a || !b) return a === b;
  return a.length === b.length && a.every((s, i) => s.length === b[i]!.length && s.every((v, j) => v === b[i]![j]));
}

/**
 * Measures now and again whenever the panel or a card changes size or the
 * fonts arrive, reporting each new result. Returns the function that stops it.
 */
export function watchSlides(panel: HTMLElement, cardSelector: string, report: (slides: SlideStarts[]) => void): () => void {
  let last: SlideStarts[] | null = null;
  let pending = 0;
  let live = true;
  const measure = () => {
    pending = 0;
    if (!live) return;
    const next = measureSlides(panel, [...panel.querySelectorAll<HTMLElement>(cardSelector)]);
    if (!sameSlides(next, last)) report((last = next));
  };
  const later = () => {
    if (!pending) pending = requestAnimationFrame(measure);
  };
  measure();
  const observer = new ResizeObserver(later);
  observer.observe(panel);
  for (const card of panel.querySelectorAll(cardSelector)) observer.observe(card);
  void document.fonts?.ready.then(later);
  return () => {
    live = false;
    observer.disconnect();
    cancelAnimationFrame(pending);
  };
}

/** Shows slide `slide` of a card: its blocks in that slide's range, and no other (a list with none of its items shown goes too). */
export function showSlide(card: Element, starts: readonly number[], slide: number): void {
  const { blocks, groups } = blocksOf(card);
  const { from, to } = slideRange(starts, slide, blocks.length);
  blocks.forEach((el, i) => el.toggleAttribute(OFF, i < from || i >= to));
  for (const g of groups) {
    g.element.toggleAttribute(OFF, g.to <= from || g.from >= to);
    g.element.toggleAttribute(CONTINUED, g.from < from && g.to > from);
  }
}

/** Every block of the card shows again. */
export function showAll(card: Element): void {
  for (const el of card.querySelectorAll(`[${OFF}], [${CONTINUED}]`)) {
    el.removeAttribute(OFF);
    el.removeAttribute(CONTINUED);
  }
}
