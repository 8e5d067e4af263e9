import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import story from 'virtual:story';
import App from '../../src/App.svelte';
import { keyAction, isTyping, scrollsFirst, type KeyLike } from '../../src/lib/modes/keys.ts';
import { move } from '../../src/lib/modes/stepper.ts';
import { NO_MODES, addressFor, readModes, shareUrl, stepIndexOf } from '../../src/lib/modes/modes.ts';
import { ampSizeMessage, pymHeightMessage, reportHeight } from '../../src/lib/modes/embed.ts';
import { qrShape } from '../../src/lib/modes/qr.ts';
import { template } from '../../src/lib/format.ts';

const N = story.steps.length;
const el = (html: string): HTMLElement => {
  const host = document.createElement('div');
  host.innerHTML = html;
  return host.firstElementChild as HTMLElement;
};
const key = (k: string, extra: Partial<KeyLike> = {}): KeyLike => ({ key: k, target: document.body, ...extra });

describe('keyAction: the keys a keyboard or a clicker sends', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['ArrowDown', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['ArrowLeft', 'prev'],
    ['ArrowUp', 'prev'],
    ['PageUp', 'prev'],
    ['Home', 'first'],
    ['End', 'last'],
    ['f', 'fullscreen'],
    ['F', 'fullscreen'],
    ['Escape', 'exit']
  ])('%j → %s', (k, action) => {
    expect(keyAction(key(k))).toBe(action);
  });

  it('ignores other keys, and keys held with Ctrl, Alt or Meta (the browser\'s shortcuts)', () => {
    for (const k of ['Enter', 'Tab', 'a', 'q', 'F5', 'Backspace']) expect(keyAction(key(k))).toBeNull();
    expect(keyAction(key('ArrowRight', { ctrlKey: true }))).toBeNull();
    expect(keyAction(key('f', { metaKey: true }))).toBeNull();
    expect(keyAction(key('ArrowLeft', { altKey: true }))).toBeNull();
    expect(keyAction(key('ArrowRight', { isComposing: true }))).toBeNull();
  });

  it('reads Shift+Space as back, as a browser scrolls back with it', () => {
    expect(keyAction(key(' ', { shiftKey: true }))).toBe('prev');
  });

  it('does nothing while the reader types in a field', () => {
    for (const html of ['<input>', '<input type="search">', '<textarea></textarea>', '<select></select>']) {
      for (const k of ['ArrowRight', ' ', 'f', 'End', 'Escape']) expect(keyAction(key(k, { target: el(html) }))).toBeNull();
    }
    const editable = el('<div contenteditable="true"></div>');
    // jsdom does not compute isContentEditable; a browser does.
    Object.defineProperty(editable, 'isContentEditable', { value: true });
    expect(isTyping(editable)).toBe(true);
    expect(keyAction(key('ArrowRight', { target: editable }))).toBeNull();
    // A checkbox or a button takes no text: the arrows still step.
    expect(keyAction(key('ArrowRight', { target: el('<input type="checkbox">') }))).toBe('next');
  });

  it('leaves Space to a focused button or link, which it presses', () => {
    const button = el('<button><span>Next</span></button>');
    expect(keyAction(key(' ', { target: button }))).toBeNull();
    expect(keyAction(key(' ', { target: button.firstElementChild }))).toBeNull();
    expect(keyAction(key(' ', { target: el('<a href="#x">x</a>') }))).toBeNull();
    expect(keyAction(key('PageDown', { target: button }))).toBe('next');
  });
});

describe('scrollsFirst: ↑ and ↓ scroll a focused panel before they step', () => {
  const panel = (scrollTop: number) => ({ scrollTop, scrollHeight: 1000, clientHeight: 400 });
  it('scrolls while there is more that way, then lets the story step', () => {
    expect(scrollsFirst('ArrowDown', panel(0))).toBe(true);
    expect(scrollsFirst('ArrowDown', panel(600))).toBe(false);
    expect(scrollsFirst('ArrowUp', panel(600))).toBe(true);
    expect(scrollsFirst('ArrowUp', panel(0))).toBe(false);
  });
  it('leaves the other keys and an unfocused panel alone', () => {
    expect(scrollsFirst('PageDown', panel(0))).toBe(false);
    expect(scrollsFirst('ArrowRight', panel(0))).toBe(false);
    expect(scrollsFirst('ArrowDown', null)).toBe(false);
  });
});

describe('move: the stepper stays within the story', () => {
  const steps = (n: number) => Array<number>(n).fill(1);
  const at = (index: number, slide = 0) => ({ index, slide });
  it('steps one at a time and stops at the ends', () => {
    expect(move(at(0), 'next', steps(5))).toEqual(at(1));
    expect(move(at(4), 'next', steps(5))).toEqual(at(4));
    expect(move(at(3), 'prev', steps(5))).toEqual(at(2));
    expect(move(at(0), 'prev', steps(5))).toEqual(at(0));
    expect(move(at(2), 'first', steps(5))).toEqual(at(0));
    expect(move(at(2), 'last', steps(5))).toEqual(at(4));
  });
  it('copes with a one-step story and with a position out of range', () => {
    expect(move(at(0), 'next', steps(1))).toEqual(at(0));
    expect(move(at(0), 'last', steps(1))).toEqual(at(0));
    expect(move(at(99), 'prev', steps(5))).toEqual(at(3));
    expect(move(at(Number.NaN), 'next', steps(5))).toEqual(at(1));
    expect(move(at(1, 7), 'next', steps(5))).toEqual(at(2));
  });
});

describe('modes in the address', () => {
  it('reads ?present, ?embed and pym\'s childId', () => {
    expect(readModes('')).toEqual(NO_MODES);
    expect(readModes('?present')).toEqual({ ...NO_MODES, present: true });
    expect(readModes('?embed&initialWidth=390&childId=story-1')).toEqual({ ...NO_MODES, embed: true, childId: 'story-1' });
    expect(readModes('?classroom&present')).toEqual({ ...NO_MODES, classroom: true, present: true });
    expect(readModes('?print')).toEqual({ ...NO_MODES, print: true });
    expect(readModes('?print&teacher')).toEqual({ ...NO_MODES, print: true, teacher: true });
    expect(readModes('?present&presenter')).toEqual({ ...NO_MODES, present: true, presenter: true });
    expect(readModes('?present=0&embed=false')).toEqual(NO_MODES);
    expect(readModes('?present=1&embed')).toMatchObject({ present: true, embed: true });
  });

  it('writes ?present while presenting and #step, keeping what else is there', () => {
    const base = 'https://example.org/graphics/story/';
    expect(addressFor(base, { present: true, stepId: 'marengo' })).toBe(`${base}?present#marengo`);
    expect(addressFor(`${base}?present#marengo`, { present: false, stepId: 'marengo' })).toBe(`${base}#marengo`);
    expect(addressFor(`${base}?embed&childId=x#a`, { present: false, stepId: 'b' })).toBe(`${base}?embed&childId=x#b`);
    expect(addressFor(`${base}#a`, { present: false, stepId: null })).toBe(`${base}#a`);
    // Idempotent, so the page never rewrites an address that is already right.
    const once = addressFor(`${base}?utm=1`, { present: true, stepId: 'x' });
    expect(addressFor(once, { present: true, stepId: 'x' })).toBe(once);
  });

  it('shares the plain story at the step, without the presentation or pym\'s parameters', () => {
    const href = 'https://example.org/s/?present&embed&childId=a&initialWidth=390&parentUrl=x&lang=en#one';
    expect(shareUrl(href, 'two')).toBe('https://example.org/s/?lang=en#two');
  });

  it('finds the step a fragment names', () => {
    expect(stepIndexOf('#marengo', story.steps)).toBe(story.steps.findIndex((s) => s.id === 'marengo'));
    expect(stepIndexOf('', story.steps)).toBeNull();
    expect(stepIndexOf('#atlantis', story.steps)).toBeNull();
    expect(stepIndexOf('#%E0%A4%A', story.steps)).toBeNull();
  });
});

describe('embed height messages', () => {
  it('speaks pym.js\'s and AMP\'s formats', () => {
    expect(pymHeightMessage('story-1', 640)).toBe('pymxPYMxstory-1xPYMxheightxPYMx640');
    expect(ampSizeMessage(640)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 640 });
  });

  it('posts both to the parent, once per height', () => {
    const postMessage = vi.fn();
    const rect = vi.spyOn(document.documentElement, 'getBoundingClientRect').mockReturnValue({ height: 599.5 } as DOMRect);
    const fake = { parent: { postMessage }, document } as unknown as Window;
    const stop = reportHeight('story-1', fake);
    expect(postMessage).toHaveBeenCalledWith('pymxPYMxstory-1xPYMxheightxPYMx600', '*');
    expect(postMessage).toHaveBeenCalledWith({ sentinel: 'amp', type: 'embed-size', height: 600 }, '*');
    stop();
    rect.mockRestore();
  });

  it('stays silent outside a frame', () => {
    const postMessage = vi.fn();
    const self = { document, postMessage } as unknown as Window & { parent: Window };
    self.parent = self;
    reportHeight('x', self)();
    expect(postMessage).not.toHaveBeenCalled();
  });
});

describe('qrShape', () => {
  it('draws the three finder patterns of a QR code, as path runs', () => {
    const { size, path } = qrShape('https://example.org/graphics/story/#marengo');
    expect(size).toBeGreaterThanOrEqual(21);
    expect((size - 17) % 4).toBe(0);
    // The top row of the top-left and top-right finders: seven dark modules each.
    expect(path.startsWith('M0 0h7v1h-7z')).toBe(true);
    expect(path).toContain(`M${size - 7} 0h7v1h-7z`);
    expect(qrShape('https://example.org/graphics/story/#marengo').path).toBe(path);
  });
});

describe('App in the stepping views', () => {
  const counter = () => document.querySelector('[data-counter]')?.textContent;
  const current = () => document.querySelector('[aria-current="step"]')?.id;
  const counterFor = (i: number) => template(story.strings.stepCounter, { n: String(i + 1), total: String(N) });

  beforeEach(() => {
    history.replaceState(null, '', '/');
    window.scrollTo = vi.fn() as typeof window.scrollTo;
  });
  afterEach(() => history.replaceState(null, '', '/'));

  it('presents: the keys step forward, back and to the ends; the counter, chapter and address follow', async () => {
    render(App, { story, modes: { ...NO_MODES, present: true } });
    await waitFor(() => expect(document.documentElement.dataset.mode).toBe('present'));
    expect(counter()).toBe(counterFor(0));
    expect(current()).toBe(story.steps[0]!.id);
    expect(document.querySelector('[data-chapter-title]')).toHaveTextContent(story.chapters.find((c) => c.id === story.steps[0]!.chapter)!.title);

    for (const [k, want] of [['ArrowRight', 1], ['ArrowDown', 2], ['PageDown', 3], [' ', 4], ['ArrowLeft', 3], ['ArrowUp', 2], ['PageUp', 1], ['End', N - 1], ['ArrowRight', N - 1], ['Home', 0], ['ArrowLeft', 0]] as const) {
      await fireEvent.keyDown(window, { key: k });
      expect(current(), `after ${k}`).toBe(story.steps[want]!.id);
      expect(counter()).toBe(counterFor(want));
    }
    await fireEvent.keyDown(window, { key: 'End' });
    expect(location.search).toBe('?present');
    expect(location.hash).toBe(`#${story.steps[N - 1]!.id}`);
    // One step shows; it carries aria-current, and it is the only one.
    expect(document.querySelectorAll('[aria-current="step"]')).toHaveLength(1);
  });

  it('steps with the buttons, which are disabled at the ends', async () => {
    render(App, { story, modes: { ...NO_MODES, present: true } });
    const prev = await screen.findByRole('button', { name: new RegExp(story.strings.stepPrevious) });
    const next = screen.getByRole('button', { name: new RegExp(story.strings.stepNext) });
    expect(prev).toBeDisabled();
    await fireEvent.click(next);
    await fireEvent.click(next);
    expect(current()).toBe(story.steps[2]!.id);
    await fireEvent.click(prev);
    expect(current()).toBe(story.steps[1]!.id);
  });

  it('opens on the step in the fragment, as a reload of ?present#step does', async () => {
    const target = story.steps[7]!;
    history.replaceState(null, '', `/?present#${target.id}`);
    render(App, { story, modes: readModes(location.search) });
    await waitFor(() => expect(current()).toBe(target.id));
    expect(counter()).toBe(counterFor(7));
  });

  it('takes no keys while the reader types in a field', async () => {
    render(App, { story, modes: { ...NO_MODES, present: true } });
    await waitFor(() => expect(counter()).toBe(counterFor(0)));
    const input = document.body.appendChild(document.createElement('input'));
    input.focus();
    for (const k of ['ArrowRight', 'PageDown', ' ', 'End', 'Escape']) await fireEvent.keyDown(input, { key: k });
    expect(current()).toBe(story.steps[0]!.id);
    expect(document.documentElement.dataset.mode).toBe('present');
    input.remove();
  });

  it('leaves with Escape, back to the scrolling story at the same step', async () => {
    render(App, { story, modes: { ...NO_MODES, present: true } });
    await waitFor(() => expect(counter()).toBe(counterFor(0)));
    await fireEvent.keyDown(window, { key: 'ArrowRight' });
    await fireEvent.keyDown(window, { key: 'ArrowRight' });
    await fireEvent.keyDown(window, { key: 'Escape' });
    await waitFor(() => expect(document.documentElement.dataset.mode).toBeUndefined());
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(story.headline);
    expect(counter()).toBeUndefined();
    expect(current()).toBe(story.steps[2]!.id);
    expect(location.search).toBe('');
    expect(window.scrollTo).toHaveBeenCalled();
  });

  // The page places the button twice (over the map on a wide screen, in the headline's controls on a narrow one);
  // CSS shows one, which jsdom does not apply: each is tried in turn.
  it.each(['float', 'inline'])('enters from the Present button (%s) and leaves from the Leave button', async (placement) => {
    const { unmount } = render(App, { story });
    const bar = () => document.querySelector<HTMLElement>(`[data-mode-bar="${placement}"]`)!;
    await waitFor(() => expect(bar()).not.toBeNull());
    await waitFor(() => expect(bar()).not.toHaveClass('pending'));
    await fireEvent.click(within(bar()).getByRole('button', { name: story.strings.presentStart }));
    expect(document.documentElement.dataset.mode).toBe('present');
    expect(document.activeElement).toBe(document.getElementById('story'));
    await fireEvent.click(await screen.findByRole('button', { name: story.strings.presentLeave }, { timeout: 10_000 }));
    await waitFor(() => expect(document.documentElement.dataset.mode).toBeUndefined());
    await waitFor(() => expect(within(bar()).getByRole('button', { name: story.strings.presentStart })).toBeInTheDocument());
    unmount();
  });

  it('explores and comes back to the same step; Escape leaves exploring before the presentation', async () => {
    render(App, { story, modes: { ...NO_MODES, present: true } });
    await waitFor(() => expect(counter()).toBe(counterFor(0)));
    await fireEvent.keyDown(window, { key: 'PageDown' });
    await fireEvent.click(await screen.findByRole('button', { name: story.strings.exploreStart }, { timeout: 10_000 }));
    expect(document.documentElement).toHaveAttribute('data-explore');
    const back = screen.getByRole('button', { name: story.strings.exploreLeave });
    await waitFor(() => expect(document.activeElement).toBe(back));
    // While exploring, the arrows belong to the map: the story does not step.
    await fireEvent.keyDown(window, { key: 'ArrowRight' });
    await fireEvent.keyDown(window, { key: 'Escape' });
    await waitFor(() => expect(document.documentElement).not.toHaveAttribute('data-explore'));
    expect(document.documentElement.dataset.mode).toBe('present');
    expect(current()).toBe(story.steps[1]!.id);
  });

  it('embeds: a stepper with no way out of the frame, and no presentation tools', async () => {
    render(App, { story, modes: { ...NO_MODES, embed: true, childId: 'x' } });
    await waitFor(() => expect(document.documentElement.dataset.mode).toBe('embed'));
    expect(document.documentElement).toHaveAttribute('data-embed');
    const tools = within(document.querySelector('footer')!);
    expect(tools.queryByRole('button', { name: story.strings.fullScreen })).toBeNull();
    expect(tools.queryByRole('button', { name: story.strings.qrShow })).toBeNull();
    expect(screen.queryByRole('button', { name: story.strings.presentLeave })).toBeNull();
    expect(screen.queryByRole('button', { name: story.strings.presentStart })).toBeNull();
    await fireEvent.keyDown(window, { key: 'ArrowRight' });
    await fireEvent.keyDown(window, { key: 'Escape' });
    expect(current()).toBe(story.steps[1]!.id);
    expect(document.documentElement.dataset.mode).toBe('embed');
  });
});

describe('the classroom setting and the teacher notes', () => {
  it('N is the notes key, P the presenter view\'s', () => {
    expect(keyAction({ key: 'n' })).toBe('notes');
    expect(keyAction({ key: 'N' })).toBe('notes');
    expect(keyAction({ key: 'p' })).toBe('presenter');
    expect(keyAction({ key: 'P' })).toBe('presenter');
    expect(keyAction({ key: 'p', ctrlKey: true })).toBeNull();
  });
  it('the classroom page renders no sensitive item, and says so with a way back', () => {
    const { container } = render(App, { story, classroomPage: true });
    expect(container.querySelectorAll('[data-sensitive]')).toHaveLength(0);
    expect(container.querySelector('[data-classroom-badge]')).toHaveTextContent(story.strings.classroom.badge);
    expect(container.querySelector('[data-classroom-toggle="off"]')).toHaveAttribute('href', './');
  });
  it('the full page renders them, with a toggle that says what it does', () => {
    const { container } = render(App, { story });
    expect(container.querySelectorAll('[data-sensitive]').length).toBeGreaterThan(0);
    expect(container.querySelector('[data-classroom-toggle="on"]')).toHaveAttribute('href', './classroom.html');
    expect(container.textContent).toContain(story.strings.classroom.toClassroomHint);
  });
  it('?classroom on the full page takes the sensitive items out once it is live', async () => {
    const { container } = render(App, { story, modes: { ...NO_MODES, classroom: true } });
    await waitFor(() => expect(container.querySelectorAll('[data-sensitive]')).toHaveLength(0));
  });
});
