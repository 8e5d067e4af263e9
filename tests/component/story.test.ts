import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import story from 'virtual:story';
import App from '../../src/App.svelte';
import Blocks from '../../src/components/Blocks.svelte';
import FigureCard from '../../src/components/FigureCard.svelte';
import type { Block } from '../../src/lib/content/schema.ts';

describe('App', () => {
  it('renders the headline and every step, each with data-step and its id', () => {
    const { container } = render(App, { story });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(story.headline);
    const steps = [...container.querySelectorAll<HTMLElement>('[data-step]')];
    expect(steps.map((s) => s.dataset.step)).toEqual(story.steps.map((s) => s.id));
    expect(steps.map((s) => s.id)).toEqual(story.steps.map((s) => s.id));
  });

  it('gives each chapter one heading, in order', () => {
    render(App, { story });
    const h2 = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(h2).toEqual(story.chapters.map((c) => c.title));
  });

  it('carries the text alternative of the map in each step, and hides the map', () => {
    const { container } = render(App, { story });
    for (const step of story.steps) {
      const el = container.querySelector(`[data-step="${step.id}"]`) as HTMLElement;
      expect(within(el).getByText(step.alt)).toHaveClass('visually-hidden');
    }
    expect(container.querySelector('.map-stage')).toHaveAttribute('aria-hidden', 'true');
  });

  it('marks the sensitive items', () => {
    const { container } = render(App, { story });
    const sensitive = story.steps.flatMap((s) => s.body).filter((b) => b.type === 'sensitive').length;
    expect(container.querySelectorAll('[data-sensitive]').length).toBeGreaterThanOrEqual(sensitive);
  });

  it('draws the SVG map when WebGL is missing (jsdom has none), at the scene of the first step', async () => {
    const { container } = render(App, { story });
    await waitFor(() => expect(container.querySelector('.map-stage')).toHaveAttribute('data-map', 'svg'), { timeout: 8000 });
    expect(container.querySelector('.map-stage')).toHaveAttribute('data-scene', story.steps[0]!.id);
    expect(container.querySelector('.map-stage path.land')).not.toBeNull();
    expect(screen.queryByText(story.strings.mapUnavailable)).toBeNull();
  });

  it('lists every source in the sources chapter', () => {
    render(App, { story });
    for (const s of story.sources) expect(document.getElementById(`source-${s.id}`)).toHaveTextContent(s.title);
  });
});

describe('Blocks', () => {
  it('renders text as text, never as markup', () => {
    const blocks: Block[] = [{ type: 'p', value: '<img src=x onerror=alert(1)>' }];
    const { container } = render(Blocks, { blocks, sources: [], strings: story.strings });
    expect(container.querySelector('img')).toBeNull();
    expect(container).toHaveTextContent('<img src=x onerror=alert(1)>');
  });
  it('shows a visible warning for a block type it does not know', () => {
    const blocks = [{ type: 'video', value: 'x' }] as unknown as Block[];
    render(Blocks, { blocks, sources: [], strings: story.strings });
    expect(screen.getByRole('alert')).toHaveTextContent('Unknown block type: video');
  });
  it('renders a quote with its speaker', () => {
    const blocks: Block[] = [{ type: 'quote', value: { text: 'Words.', by: 'A judge' } }];
    render(Blocks, { blocks, sources: [], strings: story.strings });
    expect(screen.getByText('“Words.”')).toBeInTheDocument();
    expect(screen.getByText('— A judge')).toBeInTheDocument();
  });
});

describe('FigureCard', () => {
  it('shows the formatted value, its label and its source', () => {
    const figure = story.figures['eu-seized-2023']!;
    const source = story.sources.find((s) => s.id === figure.source)!;
    render(FigureCard, { figure, sources: story.sources, strings: story.strings });
    expect(screen.getByText('419 t')).toBeInTheDocument();
    expect(screen.getByText(new RegExp(`${story.strings.source}: ${source.title}`))).toBeInTheDocument();
  });

  it('names every source of a figure that joins several', () => {
    const figure = story.figures['implied-flow-2023']!;
    expect(Array.isArray(figure.source)).toBe(true);
    const titles = (figure.source as string[]).map((id) => story.sources.find((s) => s.id === id)!.title);
    render(FigureCard, { figure, sources: story.sources, strings: story.strings });
    expect(screen.getByText(`${story.strings.sources}: ${titles.join('; ')}`)).toBeInTheDocument();
  });
});
