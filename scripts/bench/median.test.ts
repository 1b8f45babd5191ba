import { expect, it } from 'vitest';
import { median, medianOf, medianRun } from './median.ts';

it('keeps the run with the median figure and lists every run in order', async () => {
  const figures = [30, 10, 20];
  let i = 0;
  const result = await medianRun(
    3,
    async () => ({ ms: figures[i++] as number }),
    (r) => r.ms,
  );
  expect(result).toEqual({ ms: 20, runsMs: [30, 10, 20] });
});

it('takes the lower middle of an even count', async () => {
  const figures = [4, 1, 3, 2];
  let i = 0;
  const result = await medianRun(
    4,
    async () => ({ ms: figures[i++] as number }),
    (r) => r.ms,
  );
  expect(result.ms).toBe(2);
});

it('takes the median of runs measured elsewhere, and refuses none', () => {
  expect(medianOf([{ ms: 9 }, { ms: 5 }, { ms: 7 }], (r) => r.ms)).toEqual({ ms: 7, runsMs: [9, 5, 7] });
  expect(() => medianOf([], (r: { ms: number }) => r.ms)).toThrow(/no runs/);
});

it('gives the median value by the same rule, and NaN for no values', () => {
  expect(median([3, 1, 2])).toBe(2);
  expect(median([4, 1, 3, 2])).toBe(2);
  expect(median([])).toBeNaN();
});
