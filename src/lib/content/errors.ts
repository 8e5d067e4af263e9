/** One thing wrong in one file, said so that an editor can find and fix it. */
export interface Problem {
  file: string;
  line: number | null;
  field: string;
  expected: string;
  got?: string;
}

export function formatProblem(p: Problem): string {
  const where = p.line === null ? p.file : `${p.file}:${p.line}`;
  const got = p.got === undefined ? '' : `, got ${p.got}`;
  return `${where}: ${p.field || '(file)'}: expected ${p.expected}${got}`;
}

/** Thrown when the copy or data cannot make a story; carries every problem found. */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(`The story's copy or data has ${problems.length} problem(s):\n` + problems.map((p) => '  ' + formatProblem(p)).join('\n'));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Path segments as an editor reads them: steps[3].body[0].type */
export function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : i === 0 ? String(seg) : `.${String(seg)}`))
    .join('');
}

export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const s = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
  return s.length > 60 ? s.slice(0, 57) + '…' : s;
}
