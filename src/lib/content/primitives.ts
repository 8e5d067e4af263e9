/** The smallest pieces every schema of the story's files is built from. */
import { z } from 'zod';

export const Slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'a lowercase slug such as "port-of-antwerp"' });

export const Text = z.string().trim().min(1, { message: 'some text' });

/** A record's sources (see source-ref.ts): one source id, or a list of them. */
export const SourceRef = z.union([Slug, z.array(Slug).min(1, { message: 'one or more source ids' })], {
  message: 'a source id, or a list of source ids'
});
