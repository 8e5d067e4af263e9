/**
 * A record's sources: one source id, or a list of them where the record joins
 * facts from several. Kept apart from the schema so that the page can read a
 * record's sources without shipping the validator.
 */
export type SourceRef = string | readonly string[];

/** A record's source ids as a list, whichever way the file gives them. */
export function sourceIdsOf(ref: SourceRef): string[] {
  return typeof ref === 'string' ? [ref] : [...ref];
}
