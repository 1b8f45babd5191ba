import { expect, it } from 'vitest';
import { median, medianOf } from './median.ts';

it('keeps the run with the median figure and lists every run in order', () => {
  const runs = [{ ms: 30 }, { ms: 10 }, { ms: 20 }];
  expect(medianOf(runs, (r) => r.ms)).toEqual({ ms: 20, runsMs: [30, 10, 20] });
  // The lower middle of an even count.
  expect(medianOf([{ ms: 4 }, { ms: 1 }, { ms: 3 }, { ms: 2 }], (r) => r.ms).ms).toBe(2);
});

it('refuses no runs', () => {
  expect(() => medianOf([], (r: { ms: number }) => r.ms)).toThrow(/no runs/);
});

it('gives the median value by the same rule, and NaN for no values', () => {
  expect(median([3, 1, 2])).toBe(2);
  expect(median([4, 1, 3, 2])).toBe(2);
  expect(median([])).toBeNaN();
});
