/**
 * Where a reader sees when the story was published, updated and corrected:
 * the headline block, the sources at the end, and the printed handout.
 */
import { describe, expect, it } from 'vitest';
import { render, within } from '@testing-library/svelte';
import story from 'virtual:story';
import type { Story } from '../../src/lib/content/schema.ts';
import App from '../../src/App.svelte';
import Handout from '../../src/components/handout/Handout.svelte';

/** The real story, updated and twice corrected (the real copy has no corrections yet). */
const corrected: Story = {
  ...story,
  published: '2025-11-28',
  updated: '2025-12-03',
  corrections: [
    { date: '2025-12-01', text: 'A caption misnamed a port.' },
    { date: '2025-12-03', text: 'An earlier version gave the wrong month for a verdict.' }
  ]
};
const sourcesStep = story.steps.find((s) => s.body.some((b) => b.type === 'sources'))!;

describe('dateline', () => {
  it('shows "Published …" in a <time datetime> under the headline, and no update that did not happen', () => {
    const { container } = render(App, { story: { ...story, published: '2025-11-28', updated: null } });
    const hero = container.querySelector('header.hero') as HTMLElement;
    const published = hero.querySelector('[data-date="published"]')!;
    expect(published).toHaveTextContent('Published 28 November 2025');
    expect(published.querySelector('time')).toHaveAttribute('datetime', '2025-11-28');
    expect(hero.querySelector('[data-date="updated"]')).toBeNull();
  });

  it('adds "Updated …" where the story was updated', () => {
    const { container } = render(App, { story: corrected });
    const updated = container.querySelector('header.hero [data-date="updated"]')!;
    expect(updated).toHaveTextContent('Updated 3 December 2025');
    expect(updated.querySelector('time')).toHaveAttribute('datetime', '2025-12-03');
  });
});

describe('corrections', () => {
  it('lists none while there are none', () => {
    const { container } = render(App, { story: { ...story, corrections: [] } });
    expect(container.querySelector('[data-corrections]')).toBeNull();
  });

  it('lists each, dated, after the sources', () => {
    const { container } = render(App, { story: corrected });
    const step = container.querySelector(`[data-step="${sourcesStep.id}"]`) as HTMLElement;
    const list = step.querySelector('[data-corrections]') as HTMLElement;
    expect(within(list).getByRole('heading')).toHaveTextContent('Corrections');
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.textContent?.trim())).toEqual([
      '1 December 2025 A caption misnamed a port.',
      '3 December 2025 An earlier version gave the wrong month for a verdict.'
    ]);
    expect(items[0]!.querySelector('time')).toHaveAttribute('datetime', '2025-12-01');
    // After the sources, where a reader checks how the story was made.
    const sources = step.querySelector('.sources')!;
    expect(sources.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('are in the printed handout too, with the dates', () => {
    const { container } = render(Handout, { story: corrected, basemap: null, routes: {} });
    expect(container.querySelector('[data-handout] header [data-date="published"] time')).toHaveAttribute('datetime', '2025-11-28');
    expect(container.querySelector('[data-handout] header [data-date="updated"]')).toHaveTextContent('Updated 3 December 2025');
    expect(container.querySelectorAll('[data-handout] [data-corrections] li')).toHaveLength(2);
  });
});
