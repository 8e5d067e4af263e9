import { describe, expect, it } from 'vitest';
import { STEP_EVENT, VIEWS, VIEW_EVENT, storyEvents, type EventWindow, type StepDetail, type View } from '../../src/lib/modes/events.ts';

interface Heard {
  type: string;
  detail: unknown;
}

/** A window that records what it dispatches, framed by a parent that records what it is posted (or not framed). */
function fakeWindow(framed: boolean): { target: EventWindow; dispatched: Heard[]; posted: { message: unknown; origin: string }[] } {
  const dispatched: Heard[] = [];
  const posted: { message: unknown; origin: string }[] = [];
  const events = new EventTarget();
  for (const type of [STEP_EVENT, VIEW_EVENT]) events.addEventListener(type, (e) => dispatched.push({ type, detail: (e as CustomEvent).detail }));
  const target: EventWindow & { parent: EventWindow['parent'] } = {
    dispatchEvent: (e) => events.dispatchEvent(e),
    parent: null
  };
  target.parent = framed ? { postMessage: (message, origin) => posted.push({ message, origin }) } : (target as unknown as EventWindow['parent']);
  return { target, dispatched, posted };
}

/** A stand-in for the settling time: what was deferred runs when the test says the time has passed. */
function frames(): { defer: (f: () => void) => () => void; next: () => void } {
  let queue: (() => void)[] = [];
  return {
    defer(f) {
      queue.push(f);
      return () => (queue = queue.filter((g) => g !== f));
    },
    next() {
      const due = queue;
      queue = [];
      for (const f of due) f();
    }
  };
}

const step = (index: number): StepDetail => ({ id: `step-${index}`, index, chapter: index < 3 ? 'sources' : 'antwerp', total: 8 });
const closed: Record<View, boolean> = { present: false, explore: false, classroom: false, print: false, embed: false };

describe('story:step', () => {
  it('is dispatched on the window with the step\'s id, index, chapter and total', () => {
    const page = fakeWindow(false);
    const frame = frames();
    const events = storyEvents({ embedded: false, childId: null, target: page.target, defer: frame.defer });
    events.step(step(0));
    frame.next();
    events.step(step(4));
    frame.next();
    expect(page.dispatched).toEqual([
      { type: 'story:step', detail: { id: 'step-0', index: 0, chapter: 'sources', total: 8 } },
      { type: 'story:step', detail: { id: 'step-4', index: 4, chapter: 'antwerp', total: 8 } }
    ]);
  });

  it.each([
    ['the same step twice in a row', [0, 0], [0]],
    ['a step, another, and back', [0, 1, 0], [0, 1, 0]],
    ['a step reported on every scroll frame', [2, 2, 2, 3, 3], [2, 3]]
  ])('%s: one event per change', (_, indices, heard) => {
    const page = fakeWindow(false);
    const frame = frames();
    const events = storyEvents({ embedded: false, childId: null, target: page.target, defer: frame.defer });
    for (const i of indices) {
      events.step(step(i));
      frame.next();
    }
    expect(page.dispatched.map((e) => (e.detail as StepDetail).index)).toEqual(heard);
  });

  it.each([
    ['a jump whose steps are reported one by one', [0], [1, 2, 3, 4, 5], [0, 5]],
    ['a jump that comes back before it settles', [2], [3, 4, 2], [2]],
    ['a link to a step, with the first step reported on the way', [], [0, 3], [3]]
  ])('%s: only the step still current once the reports settle', (_, before, within, heard) => {
    const page = fakeWindow(false);
    const frame = frames();
    const events = storyEvents({ embedded: false, childId: null, target: page.target, defer: frame.defer });
    for (const i of before) events.step(step(i));
    frame.next();
    for (const i of within) events.step(step(i));
    frame.next();
    frame.next();
    expect(page.dispatched.map((e) => (e.detail as StepDetail).index)).toEqual(heard);
  });

  it('gives each event its own detail: neither the caller\'s object nor a listener\'s changes reach another event', () => {
    const page = fakeWindow(false);
    const frame = frames();
    const events = storyEvents({ embedded: false, childId: null, target: page.target, defer: frame.defer });
    const detail = step(1);
    events.step(detail);
    detail.index = 99;
    frame.next();
    expect(page.dispatched[0]!.detail).toEqual(step(1));
    expect(page.dispatched[0]!.detail).not.toBe(detail);
  });
});

describe('story:view', () => {
  it('is dispatched for each view as it opens, not while it stays open, and again when it reopens', () => {
    const page = fakeWindow(false);
    const events = storyEvents({ embedded: false, childId: null, target: page.target });
    events.views(closed);
    events.views({ ...closed, present: true });
    events.views({ ...closed, present: true });
    events.views({ ...closed, present: true, explore: true });
    events.views({ ...closed, present: true });
    events.views({ ...closed, present: true, explore: true });
    events.views(closed);
    events.views({ ...closed, classroom: true, print: true });
    expect(page.dispatched).toEqual(
      ['present', 'explore', 'explore', 'classroom', 'print'].map((view) => ({ type: 'story:view', detail: { view } }))
    );
  });

  it('knows every view the README names', () => {
    expect([...VIEWS].sort()).toEqual(['classroom', 'embed', 'explore', 'present', 'print']);
  });
});

describe('embedded, the parent hears the same events', () => {
  it('as an object with a type to filter on, and in pym.js\'s format when pym named the frame', () => {
    const page = fakeWindow(true);
    const frame = frames();
    const events = storyEvents({ embedded: true, childId: 'story-frame', target: page.target, defer: frame.defer });
    events.views({ ...closed, embed: true });
    events.step(step(2));
    frame.next();
    expect(page.posted).toEqual([
      { message: { type: 'story:view', detail: { view: 'embed' } }, origin: '*' },
      { message: 'pymxPYMxstory-framexPYMxstory:viewxPYMx{"view":"embed"}', origin: '*' },
      { message: { type: 'story:step', detail: step(2) }, origin: '*' },
      { message: 'pymxPYMxstory-framexPYMxstory:stepxPYMx{"id":"step-2","index":2,"chapter":"sources","total":8}', origin: '*' }
    ]);
    // The page's own listeners hear them as well.
    expect(page.dispatched.map((e) => e.type)).toEqual(['story:view', 'story:step']);
  });

  it('without pym\'s frame id, only the object', () => {
    const page = fakeWindow(true);
    const frame = frames();
    storyEvents({ embedded: true, childId: null, target: page.target, defer: frame.defer }).step(step(0));
    frame.next();
    expect(page.posted).toEqual([{ message: { type: 'story:step', detail: step(0) }, origin: '*' }]);
  });

  it.each([
    ['the page is not the embed, even inside a frame', false, true],
    ['the embed is opened on its own, with no parent', true, false]
  ])('nothing is posted when %s', (_, embedded, framed) => {
    const page = fakeWindow(framed);
    const frame = frames();
    const events = storyEvents({ embedded, childId: 'story-frame', target: page.target, defer: frame.defer });
    events.step(step(0));
    events.views({ ...closed, embed: embedded });
    frame.next();
    expect(page.posted).toEqual([]);
    expect(page.dispatched.length).toBeGreaterThan(0);
  });
});
