import { describe, expect, it } from 'vitest';
import { forClassroom, isSensitive } from '../../src/lib/content/classroom.ts';
import { loadStory } from '../../src/lib/content/load.ts';
import type { Block } from '../../src/lib/content/schema.ts';

const story = loadStory('data');

describe('the classroom setting', () => {
  const blocks: Block[] = [
    { type: 'p', value: 'Plain.' },
    { type: 'sensitive', value: 'Graphic.' },
    { type: 'quote', value: { text: 'Said.', by: 'Someone', sensitive: true } },
    { type: 'quote', value: { text: 'Also said.', by: 'Someone else' } }
  ];
  it('leaves out sensitive paragraphs and quotes, and keeps the rest in order', () => {
    const copy = structuredClone(blocks);
    expect(forClassroom(blocks, true).map((b) => b.type)).toEqual(['p', 'quote']);
    expect(forClassroom(blocks, false)).toEqual(blocks);
    expect(blocks).toEqual(copy);
  });
  it('still leaves every step of the real story with text to read', () => {
    for (const step of story.steps) {
      const left = forClassroom(step.body, true).filter((b) => b.type !== 'sources');
      expect(left.length, step.id).toBeGreaterThan(0);
    }
    expect(story.steps.flatMap((s) => s.body).filter(isSensitive).length).toBeGreaterThanOrEqual(3);
  });
});
