/**
 * Which views of the story the address asks for. Every mode is a view of the
 * same story and the same scenes: a mode changes where the reader's position
 * comes from (the scroller, or a stepper) and how the page is laid out, never
 * what a step shows.
 */
import type { Step } from '../content/schema';

export interface Modes {
  /** `?present`: one step at a time in large type, stepped by keys or a clicker. */
  present: boolean;
  /** `?embed`: a stepper that fits a fixed-height iframe and reports its height to the host. */
  embed: boolean;
  /** pym.js's parent names its frame with `childId`; the height messages must carry it back. */
  childId: string | null;
  /** `?classroom`: the items marked sensitive are left out (classroom.html is the prerendered version). */
  classroom: boolean;
  /** `?print`: the page is the printable handout. */
  print: boolean;
  /** `?print&teacher`: the handout carries the teacher's notes as well as the questions. */
  teacher: boolean;
  /** `?present&presenter`: the window the projector's window opened for the teacher's own screen. */
  presenter: boolean;
}

export const NO_MODES: Modes = { present: false, embed: false, childId: null, classroom: false, print: false, teacher: false, presenter: false };

/** Parameters pym.js's parent adds to the frame's address; a shared link leaves them out. */
const PYM_PARAMS = ['initialWidth', 'childId', 'parentTitle', 'parentUrl'];
/** Flags written bare (`?present`, not `?present=`), as people type them. */
const FLAGS = ['present', 'embed', 'classroom', 'print', 'teacher', 'presenter'];

/** `?present`, `?present=1` and `?present=true` turn a mode on; `?present=0` and `=false` do not. */
function flag(params: URLSearchParams, name: string): boolean {
  const value = params.get(name);
  return value !== null && !/^(0|false|no|off)$/i.test(value);
}

export function readModes(search: string): Modes {
  const params = new URLSearchParams(search);
  const childId = params.get('childId');
  return {
    present: flag(params, 'present'),
    embed: flag(params, 'embed'),
    childId: childId || null,
    classroom: flag(params, 'classroom'),
    print: flag(params, 'print'),
    teacher: flag(params, 'teacher'),
    presenter: flag(params, 'presenter')
  };
}

/**
 * This window is the teacher's presenter view: `?present&presenter`, opened by a projector's window.
 * Without the window that opened it there is no projector to follow: then it is an ordinary presentation.
 */
export function isPresenterView(modes: Modes, win: Pick<Window, 'opener'>): boolean {
  return modes.present && modes.presenter && win.opener != null;
}

function serialize(params: URLSearchParams): string {
  const query = [...params]
    .map(([k, v]) => (v === '' && FLAGS.includes(k) ? encodeURIComponent(k) : `${encodeURIComponent(k)}=${encodeURIComponent(v)}`))
    .join('&');
  return query ? `?${query}` : '';
}

/**
 * The address for where the reader is: `?present` while presenting (so that a
 * reload stays in the mode), and `#step-id` once a step is being read (`stepId`
 * null leaves the fragment as it is), `#step-id/2` from a step's second slide
 * on. Other parameters are kept as they came.
 */
export function addressFor(href: string, { present, stepId, slide = 0 }: { present: boolean; stepId: string | null; slide?: number }): string {
  const url = new URL(href);
  const params = new URLSearchParams(url.search);
  if (present && !flag(params, 'present')) params.set('present', '');
  if (!present) params.delete('present');
  url.search = serialize(params);
  if (stepId !== null) url.hash = slide > 0 ? `${stepId}/${slide + 1}` : stepId;
  return url.href;
}

/** The step's address for someone else to open: the plain story (no mode, no pym parameters) at that step. */
export function shareUrl(href: string, stepId: string): string {
  const url = new URL(href);
  const params = new URLSearchParams(url.search);
  for (const name of [...FLAGS, ...PYM_PARAMS]) params.delete(name);
  url.search = serialize(params);
  url.hash = stepId;
  return url.href;
}

function fragmentParts(hash: string): { id: string; slide: number } {
  let text = hash.replace(/^#/, '');
  try {
    text = decodeURIComponent(text);
  } catch {
    // A malformed escape is simply not a step id.
  }
  // Step ids are slugs, so a slash can only be the slide's number.
  const match = /^(.*)\/(\d+)$/.exec(text);
  return match ? { id: match[1]!, slide: Math.max(0, Number(match[2]) - 1) } : { id: text, slide: 0 };
}

/** The step a fragment such as `#judge-letter` (or `#judge-letter/2`) names, or null. */
export function stepIndexOf(hash: string, steps: readonly Pick<Step, 'id'>[]): number | null {
  const { id } = fragmentParts(hash);
  const index = steps.findIndex((s) => s.id === id);
  return index >= 0 ? index : null;
}

/** The step id a fragment names (`#step-id/3` is `step-id`), or '' for none. */
export function fragmentStepId(hash: string): string {
  return fragmentParts(hash).id;
}

/** The slide a fragment names, from 0: `#step-id/3` is 2; a bare step id is its first slide. */
export function slideOf(hash: string): number {
  return fragmentParts(hash).slide;
}
