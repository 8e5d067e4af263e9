/**
 * The handout's map for a chapter: the scene of the chapter's first step in its
 * final state, framed for a printed page rather than beside scrolling text.
 */
import type { Story } from '../../lib/content/schema';
import type { Padding } from '../../lib/scene/camera';
import { sceneAt, type Scene } from '../../lib/scene/scene';

const PAGE: Padding = { top: 0.06, right: 0.06, bottom: 0.06, left: 0.06 };

export function chapterScene(story: Story, chapterId: string): Scene | null {
  const first = story.steps.find((s) => s.chapter === chapterId);
  if (!first) return null;
  const scene = sceneAt(story, first.index, 1);
  return { ...scene, camera: { ...scene.camera, padding: { narrow: PAGE, wide: PAGE } } };
}
