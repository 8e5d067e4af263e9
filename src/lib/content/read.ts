/** Reads one copy or data file against its schema, collecting every problem with its file, line and field. */
import archieml from 'archieml';
import { z } from 'zod';
import { describe, fieldName, type Problem } from './errors.ts';
import { jsonSyntaxLine, locateInArchie, locateInJson } from './locate.ts';

export interface SourceFile {
  /** Shown in errors, e.g. "data/places.json". */
  path: string;
  text: string;
}

export type Locate = (path: readonly PropertyKey[]) => number | null;

export function zodProblems(file: SourceFile, error: z.ZodError, locate: Locate): Problem[] {
  return error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const path = [...issue.path, issue.keys[0] ?? ''];
      return {
        file: file.path,
        line: locate(path),
        field: fieldName(path),
        expected: 'no such field (unknown field; check its spelling)'
      };
    }
    const input = 'input' in issue ? issue.input : undefined;
    // A discriminated union reports its whole record at the discriminator's path: show the discriminator.
    const key = issue.path[issue.path.length - 1];
    const got =
      issue.code === 'invalid_union' && input && typeof input === 'object' && typeof key === 'string' && key in input
        ? describe((input as Record<string, unknown>)[key])
        : issue.code === 'invalid_union' && input && typeof input === 'object' && 'type' in input
          ? describe((input as { type: unknown }).type)
          : describe(input);
    return {
      file: file.path,
      line: locate(issue.path),
      field: fieldName(issue.path),
      expected: issue.message.replace(/^Invalid input: expected (\w+), received (\w+)$/, 'a $1'),
      got
    };
  });
}

export function parseJson<T>(file: SourceFile, schema: z.ZodType<T>, problems: Problem[]): T | null {
  let raw: unknown;
  try {
    raw = JSON.parse(file.text);
  } catch (err) {
    problems.push({ file: file.path, line: jsonSyntaxLine(file.text, err), field: '', expected: `valid JSON (${(err as Error).message})` });
    return null;
  }
  const result = schema.safeParse(raw, { reportInput: true });
  if (!result.success) {
    problems.push(...zodProblems(file, result.error, (p) => locateInJson(file.text, p)));
    return null;
  }
  return result.data;
}

export function parseArchie<T>(file: SourceFile, schema: z.ZodType<T>, problems: Problem[]): T | null {
  let raw: unknown;
  try {
    raw = archieml.load(file.text);
  } catch (err) {
    problems.push({ file: file.path, line: null, field: '', expected: `valid ArchieML (${(err as Error).message})` });
    return null;
  }
  const result = schema.safeParse(raw, { reportInput: true });
  if (!result.success) {
    problems.push(...zodProblems(file, result.error, (p) => locateInArchie(file.text, p)));
    return null;
  }
  return result.data;
}

