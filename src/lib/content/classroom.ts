/**
 * The classroom setting leaves out the items the copy marks sensitive: they
 * are not rendered at all (not merely hidden), in the page and in its
 * prerendered HTML alike.
 */
import type { Block, Story } from './schema';

export function isSensitive(block: Block): boolean {
  return block.type === 'sensitive' || (block.type === 'quote' && block.value.sensitive === true);
}

/** The words a block puts on the page (a quote's text; none for the sources list). */
export function blockText(block: Block): string {
  return block.type === 'quote' ? block.value.text : block.type === 'sources' ? '' : block.value;
}

export function forClassroom(blocks: readonly Block[], classroom: boolean): Block[] {
  return classroom ? blocks.filter((b) => !isSensitive(b)) : [...blocks];
}

/**
 * The story as the classroom page carries it, in its HTML and in the data it
 * hydrates from: the sensitive items are absent, so a student who opens the
 * page's source, or a tool that reads the page, does not get them either.
 */
export function classroomStory(story: Story): Story {
  return { ...story, steps: story.steps.map((s) => ({ ...s, body: forClassroom(s.body, true) })) };
}
