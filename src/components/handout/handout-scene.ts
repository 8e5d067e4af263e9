/**
 * The handout's map for a chapter: the scene of the chapter's first step in its
 * final state, framed for a printed page rather than beside scrolling text.
 */
import type { Story } from '../../lib/content/schema';
import { sceneAt, type Scene } from '../../lib/scene/scene';
import type { Rect } from '../../lib/layout/free-region';

/** On paper nothing covers the map: the scene is framed in all of it, with a margin. */
export function pageRegion(width: number, height: number, margin = 0.06): Rect {
  return { left: width * margin, top: height * margin, right: width * (1 - margin), bottom: height * (1 - margin) };
}

export function chapterScene(story: Story, chapterId: string): Scene | null {
  const first = story.steps.find((s) => s.chapter === chapterId);
  if (!first) return null;
  return sceneAt(story, first.index, 1);
}
