import { describe, expect, it } from 'vitest';
import { stepAtLine } from '../../src/lib/scroll/scroller.ts';

const box = (top: number, height = 400) => ({ top, height });

describe('stepAtLine', () => {
  it('is the first step while the headline holds the line', () => {
    expect(stepAtLine([box(700), box(1200), box(1700)], 500)).toBe(0);
  });
  it('is the last step whose top has reached the line', () => {
    expect(stepAtLine([box(-900), box(-400), box(100), box(600)], 500)).toBe(2);
    expect(stepAtLine([box(-900), box(-400), box(500), box(1000)], 500)).toBe(2);
  });
  it('stays on the last step once the line is past every top', () => {
    expect(stepAtLine([box(-2000), box(-1500), box(-1000)], 500)).toBe(2);
  });
  it('skips steps that are not laid out (hidden in the classroom version)', () => {
    expect(stepAtLine([box(-900), box(0, 0), box(-400), box(900)], 500)).toBe(2);
  });
  it('says -1 when nothing is laid out, so the caller keeps what it knew', () => {
    expect(stepAtLine([box(0, 0), box(0, 0)], 500)).toBe(-1);
    expect(stepAtLine([], 500)).toBe(-1);
  });
});
