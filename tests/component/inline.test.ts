import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/svelte';
import story from 'virtual:story';
import Inline from '../../src/components/Inline.svelte';
import Blocks from '../../src/components/Blocks.svelte';
import type { Block } from '../../src/lib/content/schema.ts';

describe('Inline', () => {
  it('renders emphasis and strong as real elements, with the words between as text', () => {
    const { container } = render(Inline, { text: 'A *record* year: **419 tonnes**.' });
    expect(container.querySelector('em')).toHaveTextContent(/^record$/);
    expect(container.querySelector('strong')).toHaveTextContent(/^419 tonnes$/);
    expect(container.textContent).toBe('A record year: 419 tonnes.');
  });

  it('renders an external link with its href and rel="noopener noreferrer"', () => {
    const { container } = render(Inline, { text: 'See [the report (2023)](https://example.org/r?a=1&b=2).' });
    const a = container.querySelector('a')!;
    expect(a).toHaveTextContent('the report (2023)');
    expect(a.getAttribute('href')).toBe('https://example.org/r?a=1&b=2');
    expect(a).toHaveAttribute('rel', 'noopener noreferrer');
    expect(container.textContent).toBe('See the report (2023).');
  });

  it('renders an in-page link without rel', () => {
    const { container } = render(Inline, { text: '[the sources](#source-eu-seizures-2023)' });
    const a = container.querySelector('a')!;
    expect(a.getAttribute('href')).toBe('#source-eu-seizures-2023');
    expect(a).not.toHaveAttribute('rel');
  });

  it('shows text that looks like HTML as text, creating no element', () => {
    const text = '<script>alert(1)</script><img src=x onerror=alert(1)><b>bold</b> &lt;i&gt;';
    const { container } = render(Inline, { text });
    expect(container.querySelector('script, img, b, i')).toBeNull();
    expect(container.textContent).toBe(text);
  });

  it('never makes a link of an unsafe address, even unchecked', () => {
    for (const text of ['[click](javascript:alert(1))', '[x](JaVaScRiPt:alert(1))', '[x](java\tscript:alert(1))', '[x](data:text/html,hi)']) {
      const { container, unmount } = render(Inline, { text });
      expect(container.querySelector('a'), text).toBeNull();
      expect(container.textContent).toBe(text);
      unmount();
    }
  });
});

describe('Blocks with inline markup', () => {
  it('uses it in paragraphs, sensitive paragraphs and quotes, keeping the markers', () => {
    const blocks: Block[] = [
      { type: 'p', value: 'A *plain* paragraph.' },
      { type: 'sensitive', value: 'A [graphic](#front-door) one.' },
      { type: 'quote', value: { text: 'Words, **strongly** said.', by: 'A judge', sensitive: true } }
    ];
    const { container } = render(Blocks, { blocks, sources: [], strings: story.strings });
    const [p, sensitive, quote] = [...container.querySelectorAll('p')];
    expect(p!.querySelector('em')).toHaveTextContent('plain');
    expect(sensitive).toHaveAttribute('data-sensitive');
    expect(sensitive!.querySelector('a')).toHaveAttribute('href', '#front-door');
    expect(quote!.closest('blockquote')).toHaveAttribute('data-sensitive');
    expect(quote!.querySelector('strong')).toHaveTextContent('strongly');
    expect(quote).toHaveTextContent('“Words, strongly said.”');
  });
});
