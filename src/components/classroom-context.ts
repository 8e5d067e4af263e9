/**
 * Whether the page reads as the classroom version, handed from the page to
 * whatever renders copy through a typed context (the classroom page, or
 * `?classroom` on the full one).
 */
import { createContext } from 'svelte';

const [getClassroomContext, setClassroomContext] = createContext<() => boolean>();

/** Set once by the page; read by whatever renders copy. */
export function setClassroom(on: () => boolean): void {
  setClassroomContext(on);
}

/** Call during component initialisation; the getter stays live if the page switches setting. */
export function classroomSetting(): () => boolean {
  try {
    return getClassroomContext();
  } catch {
    // Rendered outside a page (a component test, say): the full story.
    return () => false;
  }
}
