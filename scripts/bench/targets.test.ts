import { describe, expect, it } from 'vitest';
import type { BatchCost } from './measure-infinite-scroll.ts';
import type { PageResult } from './results.ts';
import { batchGrowth, judgeTargets } from './targets.ts';

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

describe('throughput target', () => {
  const side = (mbPerSecond: number) => ({ buildMs: 0, loadMs: 0, memoryBytes: 0, mbPerSecond, mentions: 0 });
  const result = (label: string, patterns: number, mbPerSecond: number, automatonOnly = false) => ({
    label,
    automatonOnly,
    patterns,
    jsonBytes: 0,
    node: side(mbPerSecond),
    chromium: side(mbPerSecond),
  });

  it('compares 100k names with the real names on the automaton alone, and reports the shipped speed', () => {
    const matcher = [
      result('real dictionary', 21, 300),
      result('real dictionary, automaton only', 21, 100, true),
      result('1,000 names', 1_000, 90),
      result('100,000 names', 100_000, 75),
    ];
    const verdict = judgeTargets([], matcher, batches([10, 10, 10, 10, 10, 10, 10])).find((t) =>
      t.target.startsWith('100k'),
    );
    expect(verdict?.met).toBe(true);
    expect(verdict?.measured).toMatch(/^0\.75x.*75\.0 vs 100\.0 MB\/s.*300\.0 MB\/s/);
  });
});

describe('longest-task target', () => {
  const page = (name: string, medianRunLongest: number, runs: number[]): PageResult =>
    ({
      name,
      generated: false,
      ours: { longestTaskMs: medianRunLongest, longestTaskCpuMs: medianRunLongest / 2, mainThreadMs: 0 },
      longestTaskRunsMs: runs,
    }) as unknown as PageResult;

  it("is judged on each page's median run and names the worst single run", () => {
    const pages = [page('frames', 44, [71, 44, 40]), page('article', 30, [30, 31, 29])];
    const verdict = judgeTargets(pages, [], batches([10, 10, 10, 10, 10, 10, 10])).find((t) =>
      t.target.startsWith('No task'),
    );
    expect(verdict?.met).toBe(true);
    expect(verdict?.measured).toBe('longest 44.0 ms (CPU 22.0 ms), frames; worst single run 71.0 ms, frames');
  });

  it('fails when a median run has a task over 50 ms', () => {
    const pages = [page('frames', 52, [52, 55, 40])];
    const verdict = judgeTargets(pages, [], batches([10, 10, 10, 10, 10, 10, 10])).find((t) =>
      t.target.startsWith('No task'),
    );
    expect(verdict?.met).toBe(false);
  });
});
