import { describe, expect, it } from 'vitest';
import type { BatchCost } from './measure-infinite-scroll.ts';
import { batchGrowth } from './targets.ts';

const batches = (costs: number[]): BatchCost[] =>
  costs.map((mainThreadMs, i) => ({
    batch: i + 1,
    mainThreadMs,
    mainThreadCpuMs: mainThreadMs,
    longestTaskMs: mainThreadMs,
    longestTaskCpuMs: mainThreadMs,
    longestTask: '',
    mentionsAfter: i,
    scannedAfterMs: 0,
  }));

describe('batch growth', () => {
  it('compares the median of the last five batches with batches 2-6', () => {
    const flat = batches([90, 10, 12, 11, 10, 13, 11, 12, 10, 11, 12, 60, 11, 10, 12]);
    // batches 2-6: median 11; last five 12, 60, 11, 10, 12: median 12 (the 60 ms outlier does not count)
    expect(batchGrowth(flat)).toBeCloseTo(12 / 11);
    const growing = batches([10, 10, 10, 10, 10, 10, 20, 30, 40, 50, 60, 70, 80]);
    expect(batchGrowth(growing)).toBeCloseTo(60 / 10);
  });
});
