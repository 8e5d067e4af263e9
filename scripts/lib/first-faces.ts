/** Which of the web fonts' files the page names for the entry to fetch after the first paint (src/lib/fonts/first-faces.ts). */

/** The upright faces of the Latin subset (unicode-range from U+0, which minifiers write U+??): what the text of a first screen in a Latin script uses. */
export function firstFaces(css: string): string[] {
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)]
    .map((m) => m[1]!)
    .filter((face) => /font-style:\s*normal/.test(face) && /unicode-range:\s*U\+(0+-0*FF\b|\?\?[,;]|\?\?$)/i.test(face))
    .flatMap((face) => /url\(\.\/([^)]+\.woff2)\)/.exec(face)?.[1] ?? []);
}
