/**
 * The faces the first screen is set in (the build names them in
 * `<meta name="story-faces">`), asked for as soon as the text has painted:
 * the faces' stylesheet only applies once the page has hydrated, which on a
 * slow phone is a second later, and only then would the browser fetch them.
 * Never before the first paint, which Chromium would hold for a font it knows
 * of by then (tests/e2e/fonts.spec.ts).
 */
export function fetchFirstFaces(doc: Document): void {
  const names = doc.querySelector<HTMLMetaElement>('meta[name="story-faces"]')?.content.split(/\s+/).filter(Boolean) ?? [];
  for (const href of names) {
    const link = doc.createElement('link');
    link.rel = 'preload';
    link.as = 'font';
    link.type = 'font/woff2';
    link.crossOrigin = 'anonymous';
    link.href = href;
    doc.head.append(link);
  }
}
