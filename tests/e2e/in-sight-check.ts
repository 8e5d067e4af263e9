/**
 * Whether what the step draws for the reader can be seen: the places the
 * camera frames are on screen, and they and the ends of the lines drawn (sea
 * routes and people's lines, `data-ends`) lie under nothing drawn above the
 * map (text, a card, a bar, a panel, a person's card). A line's end may lie
 * outside the part of the map the page leaves free (a line that arrives from
 * off the map); inside it, nothing may cover it.
 * Asked of the browser (`elementsFromPoint`), not computed.
 */
import type { Page } from '@playwright/test';
import { MAP } from './expect-scene.ts';

/** Framed places that are off screen or covered, and line ends that are covered, with what covers them. */
export function hiddenFramedPlaces(page: Page): Promise<string[]> {
  return page.evaluate((mapSelector) => {
    const stage = document.querySelector(mapSelector)!;
    const box = stage.getBoundingClientRect();
    const problems: string[] = [];
    // Hit-testing skips `pointer-events: none` (the map and its overlay have it): turn it off while asking.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('* { pointer-events: auto !important; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    // Boxes that paint nothing there (a transparent step section, say) do not hide it.
    const paints = (el: Element) => {
      const css = getComputedStyle(el);
      const alpha = Number(/rgba?\([^)]*?,[^)]*?,[^,)]*(?:,\s*([\d.]+))?\)/.exec(css.backgroundColor)?.[1] ?? 1);
      const filled = css.backgroundColor !== 'transparent' && alpha > 0;
      return css.visibility !== 'hidden' && Number(css.opacity) > 0 && (filled || css.backgroundImage !== 'none' || el instanceof HTMLImageElement);
    };
    /** What covers the point: anything painted above the map that is not the map's own drawing, or a person's card. */
    const coverAt = (x: number, y: number, own: Element | null): string | null => {
      for (const el of document.elementsFromPoint(x, y)) {
        if (el === own || el === stage) break;
        const person = el.closest('[data-person]');
        if ((!stage.contains(el) && paints(el)) || person) {
          return person ? `person card ${person.getAttribute('data-person')}` : `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`;
        }
      }
      return null;
    };
    const onScreen = (x: number, y: number) => x >= Math.max(0, box.left) && y >= Math.max(0, box.top) && x <= Math.min(innerWidth, box.right) && y <= Math.min(innerHeight, box.bottom);

    const framed = [...document.querySelectorAll<SVGElement>('[data-place].focus, [data-place][data-focus]')];
    for (const marker of framed) {
      const r = marker.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      const id = marker.getAttribute('data-place');
      if (!onScreen(x, y)) {
        problems.push(`${id} off screen at ${Math.round(x)},${Math.round(y)}`);
        continue;
      }
      const cover = coverAt(x, y, marker);
      if (cover) problems.push(`${id} under ${cover}`);
    }

    // The free region the camera framed into, in the stage's pixels (absent: the whole stage).
    const [left, top, right, bottom] = (stage.getAttribute('data-free') ?? `0,0,${box.width},${box.height}`).split(',').map(Number) as [number, number, number, number];
    for (const line of stage.querySelectorAll<SVGElement>('[data-ends]')) {
      const name = line.getAttribute('data-flight') ?? line.getAttribute('data-route') ?? 'line';
      for (const end of line.getAttribute('data-ends')!.split(' ')) {
        const [sx, sy] = end.split(',').map(Number) as [number, number];
        if (sx < left || sx > right || sy < top || sy > bottom) continue;
        const x = box.left + sx;
        const y = box.top + sy;
        if (!onScreen(x, y)) continue;
        const cover = coverAt(x, y, null);
        if (cover) problems.push(`end of ${name} at ${Math.round(sx)},${Math.round(sy)} under ${cover}`);
      }
    }
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    return problems;
  }, MAP);
}
