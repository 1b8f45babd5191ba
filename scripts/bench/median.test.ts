import { expect, it } from 'vitest';
import { medianRun } from './median.ts';

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
