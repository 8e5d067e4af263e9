import { describe, expect, it } from 'vitest';
import { checkMarkup, isSafeHref, parseInline, type Segment } from '../../src/lib/content/inline.ts';
import { parseStory } from '../../src/lib/content/parse.ts';
import { formatProblem } from '../../src/lib/content/errors.ts';
import { COPY, files, problemsOf } from './content.fixtures.ts';

const t = (text: string): Segment => ({ kind: 'text', text });
const em = (text: string): Segment => ({ kind: 'em', text });
const strong = (text: string): Segment => ({ kind: 'strong', text });
const link = (text: string, href: string): Segment => ({ kind: 'link', text, href });

describe('parseInline', () => {
  const cases: Array<[string, string, Segment[]]> = [
    ['plain text', 'Just words.', [t('Just words.')]],
    ['empty text', '', []],
    ['emphasis', 'a *record* year', [t('a '), em('record'), t(' year')]],
    ['strong', '**419 tonnes** seized', [strong('419 tonnes'), t(' seized')]],
    ['both, side by side', '*one* and **two**', [em('one'), t(' and '), strong('two')]],
    ['emphasis before punctuation', '(*sic*), then', [t('('), em('sic'), t('), then')]],
    ['a stray asterisk between spaces', '5 * 3 = 15', [t('5 * 3 = 15')]],
    ['two stray asterisks between spaces', 'a * b * c', [t('a * b * c')]],
    ['asterisks inside a word or number', '2*3*4 and 5*3 or 4*2', [t('2*3*4 and 5*3 or 4*2')]],
    ['an asterisk footnote mark', 'tonnes* (estimate)', [t('tonnes* (estimate)')]],
    ['an opening asterisk followed by a space', 'say * this*', [t('say * this*')]],
    ['a closing asterisk preceded by a space', 'say *this *', [t('say *this *')]],
    ['an unclosed emphasis', 'an *open run', [t('an *open run')]],
    ['an unclosed strong', 'an **open run', [t('an **open run')]],
    ['a single asterisk inside strong', '**5 * 3**', [strong('5 * 3')]],
    ['an https link', 'see [the report](https://example.org/r.pdf).', [t('see '), link('the report', 'https://example.org/r.pdf'), t('.')]],
    ['an in-page link', 'as [shown earlier](#front-door)', [t('as '), link('shown earlier', '#front-door')]],
    ['a mailto link', '[write](mailto:desk@example.org)', [link('write', 'mailto:desk@example.org')]],
    ['parentheses in link text', '[the EU (2023) figures](https://example.org)', [link('the EU (2023) figures', 'https://example.org')]],
    ['parentheses in an address', '[Foo](https://en.wikipedia.org/wiki/Foo_(bar)) x', [link('Foo', 'https://en.wikipedia.org/wiki/Foo_(bar)'), t(' x')]],
    ['square brackets that are no link', 'he said [sic] (twice)', [t('he said [sic] (twice)')]],
    ['an opening bracket before a link', 'a [b [c](#x) d', [t('a [b '), link('c', '#x'), t(' d')]],
    ['emphasis around a link does not span it', '*see [x](#a)*', [t('*see '), link('x', '#a'), t('*')]],
    ['asterisks in link text stay text', '[*x*](#a)', [link('*x*', '#a')]],
    ['HTML-like text stays text', '<img src=x onerror=alert(1)>', [t('<img src=x onerror=alert(1)>')]],
    ['an unsafe link stays text', '[click](javascript:alert(1))', [t('[click](javascript:alert(1))')]],
    ['a data: link stays text', '[x](data:text/html,hi) ok', [t('[x](data:text/html,hi) ok')]],
    ['an unclosed link stays text', '[text](https://example.org', [t('[text](https://example.org')]],
    ['a link with empty text stays text', '[ ](https://example.org)', [t('[ ](https://example.org)')]]
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(parseInline(input)).toEqual(expected);
  });

  it('does not change its input and returns fresh segments each time', () => {
    const input = 'a *b* [c](#d) **e**';
    const copy = String(input);
    const first = parseInline(input);
    first[0]!.text = 'changed';
    expect(input).toBe(copy);
    expect(parseInline(input)).toEqual([t('a '), em('b'), t(' '), link('c', '#d'), t(' '), strong('e')]);
  });
});

describe('isSafeHref', () => {
  const cases: Array<[string, boolean]> = [
    ['https://example.org/a?b=1&c=2#d', true],
    ['http://example.org', true],
    ['HTTPS://EXAMPLE.ORG', true],
    ['mailto:desk@example.org', true],
    ['#front-door', true],
    ['#source-eu-seizures-2023', true],
    ['javascript:alert(1)', false],
    ['JaVaScRiPt:alert(1)', false],
    ['java\tscript:alert(1)', false],
    [' javascript:alert(1)', false],
    ['&#106;avascript:alert(1)', false],
    ['javascript&colon;alert(1)', false],
    ['data:text/html;base64,PHNjcmlwdD4=', false],
    ['vbscript:msgbox(1)', false],
    ['//evil.example', false],
    ['/relative/page', false],
    ['page.html', false],
    ['https:evil.example', false],
    ['https://', false],
    ['https://exa mple.org', false],
    ['https://example.org\u200b', false],
    ['#', false],
    ['#Not A Slug', false],
    ['mailto:', false],
    ['', false]
  ];
  it.each(cases)('%j → %s', (href, safe) => {
    expect(isSafeHref(href)).toBe(safe);
  });
});

describe('checkMarkup', () => {
  it('accepts ordinary prose, including a lone "<" and stray asterisks', () => {
    for (const text of ['less than < 5 tonnes', 'a <3 heart', '5 * 3', 'one = two', 'once= more', 'on = off', 'Ballouti [sic] said', 'button=1']) {
      expect(checkMarkup(text, { rich: true }), text).toBeNull();
      expect(checkMarkup(text, { rich: false }), text).toBeNull();
    }
  });
  it('accepts markup in rich text but not in plain text', () => {
    expect(checkMarkup('a *b* [c](https://example.org)', { rich: true })).toBeNull();
    expect(checkMarkup('a *b*', { rich: false })).toMatchObject({ got: '"*b*"' });
    expect(checkMarkup('a **b**', { rich: false })).toMatchObject({ got: '"**b**"' });
    expect(checkMarkup('a [c](https://example.org)', { rich: false })).toMatchObject({ got: '"[c](https://example.org)"' });
  });
  it('checks in-page anchors against the ids it is given', () => {
    const anchors = new Set(['front-door']);
    expect(checkMarkup('[x](#front-door)', { rich: true, anchors })).toBeNull();
    expect(checkMarkup('[x](#nowhere)', { rich: true, anchors })).toMatchObject({ got: '"#nowhere"' });
  });
});

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const PLAIN = /^plain text with \*emphasis\* and \[links\]\(https:\/\/…\) only/;
const LINK = /^a link to an https:, http: or mailto: address or to an in-page #anchor/;

describe('the copy is untrusted: parseStory refuses', () => {
  const cases: Array<[string, string, RegExp, string]> = [
    ['a script tag', '<script>alert(1)</script>', PLAIN, '"<script>"'],
    ['an image with an onerror handler', '<img src=x onerror=alert(1)>', PLAIN, '"<img src=x onerror=alert(1)>"'],
    ['a closing tag', 'text</p>', PLAIN, '"</p>"'],
    ['an HTML comment', 'a <!-- b --> c', PLAIN, '"<!--"'],
    ['an onerror= handler alone', 'x onerror=alert(1)', PLAIN, '"onerror="'],
    ['an onclick = handler with spaces', 'x onClick = go()', PLAIN, '"onClick ="'],
    ['a handler that starts like a word ("onto")', '<details ontoggle=x>', PLAIN, '"<details ontoggle=x>"'],
    ['the same handler without its tag', 'x ontoggle=alert(1)', PLAIN, '"ontoggle="'],
    ['a javascript: link', '[click](javascript:alert(1))', LINK, '"javascript:alert(1)"'],
    ['a javascript: link in mixed case', '[x](JaVaScRiPt:alert(1))', LINK, '"JaVaScRiPt:alert(1)"'],
    ['a javascript: link split by a tab', '[x](java\tscript:alert(1))', LINK, '"java\\tscript:alert(1)"'],
    ['a javascript: link hidden in an entity', '[x](&#106;avascript:alert(1))', LINK, '"&#106;avascript:alert(1)"'],
    ['a data: link', '[x](data:text/html,hi)', LINK, '"data:text/html,hi"'],
    ['a vbscript: link', '[x](vbscript:msgbox(1))', LINK, '"vbscript:msgbox(1)"'],
    ['a relative link', '[x](/admin)', LINK, '"/admin"'],
    ['an unclosed link', 'see [it](https://example.org', /^a link closed by a parenthesis/, '"[it](https://example.org"'],
    ['a link without text', 'see [](https://example.org)', /^a link with some text/, '"[](https://example.org)"'],
    ['an anchor to nothing', 'see [above](#nowhere)', /^an in-page link to a step id/, '"#nowhere"']
  ];

  it.each(cases)('%s in a paragraph, with its file, line and field', (_name, bad, expected, got) => {
    const copy = COPY.replace('p: Second paragraph.', `p: Second paragraph. ${bad}`);
    const [p, ...rest] = problemsOf(copy);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ file: 'data/story.en.aml', line: lineOf(copy, 'p: Second paragraph.'), field: 'steps[1].body[0].value', got });
    expect(p!.expected).toMatch(expected);
  });

  it('formats the refusal as file:line: field: expected …, got …', () => {
    const copy = COPY.replace('p: Second paragraph.', 'p: <script>alert(1)</script>');
    const [p] = problemsOf(copy);
    expect(formatProblem(p!)).toBe(
      `data/story.en.aml:${lineOf(copy, '<script>')}: steps[1].body[0].value: expected plain text with *emphasis* and [links](https://…) only (HTML tags are refused), got "<script>"`
    );
  });

  it('checks quote text, the speaker, chapter titles, the headline and the map text too', () => {
    const copy = COPY.replace('text: A quotation.', 'text: A <b>quotation</b>.')
      .replace('by: Someone, somewhere', 'by: Someone onmouseover=x')
      .replace('title: Chapter one', 'title: Chapter <i>one</i>')
      .replace('headline: A headline', 'headline: A [headline](javascript:alert(1))')
      .replace('alt: Map: a route from', 'alt: Map: a <svg onload=x> route from');
    const problems = problemsOf(copy);
    expect(problems.map((p) => [p.field, p.line, p.got])).toEqual([
      ['headline', lineOf(copy, 'headline:'), '"javascript:alert(1)"'],
      ['chapters[0].title', lineOf(copy, 'title:'), '"<i>"'],
      ['steps[0].alt', lineOf(copy, 'alt: Map: a <svg'), '"<svg onload=x>"'],
      ['steps[1].body[1].value.text', lineOf(copy, 'text: A <b>'), '"<b>"'],
      ['steps[1].body[1].value.by', lineOf(copy, 'by: Someone'), '"onmouseover="']
    ]);
  });

  it('accepts emphasis and safe links in paragraphs and quotes, but not in plain fields', () => {
    const ok = COPY.replace('p: First paragraph.', 'p: A *first* paragraph, [as reported](https://example.org), see [below](#second) and [sources](#source-eu-seizures-2023).')
      .replace('text: A quotation.', 'text: A **quotation**.');
    expect(() => parseStory(files({ copy: ok }))).not.toThrow();
    const copy = COPY.replace('title: Chapter one', 'title: Chapter *one*');
    const [p, ...rest] = problemsOf(copy);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ field: 'chapters[0].title', line: lineOf(copy, 'title:'), got: '"*one*"' });
    expect(p!.expected).toMatch(/work only in p, sensitive and quote text/);
  });
});
