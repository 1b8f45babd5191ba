import { describe, expect, it } from 'vitest';
import { BIG_ARTICLE, IFRAMES_PAGE, PLAIN_PAGE, SMALL_ARTICLE } from './bench-pages.ts';
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
const flat = batches([10, 10, 10, 10, 10, 10, 10]);

describe('batch growth', () => {
  it('compares the median of the last five batches with batches 2-6', () => {
    const steady = batches([90, 10, 12, 11, 10, 13, 11, 12, 10, 11, 12, 60, 11, 10, 12]);
    // batches 2-6: median 11; last five 12, 60, 11, 10, 12: median 12 (the 60 ms outlier does not count)
    expect(batchGrowth(steady)).toBeCloseTo(12 / 11);
    const growing = batches([10, 10, 10, 10, 10, 10, 20, 30, 40, 50, 60, 70, 80]);
    expect(batchGrowth(growing)).toBeCloseTo(60 / 10);
  });
});

const run = (mainThreadMs: number, longestTaskMs = 1, mentions = 0, runsMs = [mainThreadMs]) => ({
  mainThreadMs,
  runsMs,
  longestTaskMs,
  longestTaskCpuMs: longestTaskMs / 2,
  mentions,
});

const page = (
  name: string,
  ours: number,
  options: {
    frames?: number;
    floor?: number;
    regex?: number;
    markJs?: number;
    longest?: number[];
    runs?: number[];
  } = {},
): PageResult =>
  ({
    name,
    generated: true,
    frames: options.frames ?? 1,
    ours: run(ours, Math.max(1, ...(options.longest ?? [1])), 0, options.runs),
    longestTaskRunsMs: options.longest ?? [1],
    emptyScript: run(0.2),
    floorScript: run(options.floor ?? 1),
    regexScript: run(options.regex ?? 100),
    markJsScript: run(options.markJs ?? 100),
  }) as unknown as PageResult;

const verdict = (verdicts: ReturnType<typeof judgeTargets>, start: string) =>
  verdicts.find((t) => t.target.startsWith(start));

describe('the start-up targets', () => {
  const pages = [
    page(PLAIN_PAGE, 4, { runs: [3, 4, 9] }),
    page(IFRAMES_PAGE, 42, { frames: 21 }),
    page(SMALL_ARTICLE, 12, { regex: 11 }),
    page(BIG_ARTICLE, 30, { floor: 16 }),
  ];
  const firstMarks = [{ page: SMALL_ARTICLE, ms: 80, runsMs: [80, 70, 90] }];
  const verdicts = judgeTargets({ pages, firstMarks, matcher: [], infiniteScroll: flat });

  it('judges the top frame and each frame of a page naming no company', () => {
    const top = verdict(verdicts, 'A page naming no company: top');
    expect(top?.met).toBe(true);
    // The spread of single runs is shown beside the median.
    expect(top?.measured).toMatch(/^4\.0 ms \(runs 3\.0-9\.0; /);
    const frames = verdict(verdicts, 'A page naming no company: <= 1 ms');
    expect(frames?.met).toBe(false);
    expect(frames?.measured).toMatch(/^2\.00 ms per frame \(42\.0 ms \/ 21 frames/);
  });

  it('judges the small article, the alternatives on every page, first marks and the floor ratio', () => {
    expect(verdict(verdicts, '6 KB article')?.met).toBe(false);
    const competitors = verdict(verdicts, 'Less main thread');
    expect(competitors?.met).toBe(false);
    // The alternatives are extensions in every frame too: the iframes page counts.
    expect(competitors?.measured).toMatch(/20 iframes, no names 42\.0 vs regex 100\.0, mark\.js 100\.0 ms/);
    expect(competitors?.measured).toMatch(/6 KB article 12\.0 vs regex 11\.0, mark\.js 100\.0 ms/);
    expect(verdict(verdicts, 'First marks')?.met).toBe(true);
    const floor = verdict(verdicts, '1 MB article');
    expect(floor?.measured).toBe('1.88x (30.0 vs 16.0 ms; ours one run, the floor one run)');
    expect(floor?.met).toBe(true);
  });

  it('needs less than each alternative, not only the slower one', () => {
    const judged = (regex: number, markJs: number) =>
      verdict(
        judgeTargets({
          pages: [page(SMALL_ARTICLE, 12, { regex, markJs })],
          firstMarks: [],
          matcher: [],
          infiniteScroll: flat,
        }),
        'Less main thread',
      )?.met;
    expect(judged(13, 13)).toBe(true);
    expect(judged(50, 11)).toBe(false);
    expect(judged(11, 50)).toBe(false);
  });

  it('adds the matcher target only when the matcher was measured', () => {
    expect(verdict(verdicts, '100k')).toBeUndefined();
  });
});

describe('longest-task targets', () => {
  it("are judged on each page's median run and name the worst single run", () => {
    const pages = [
      page(IFRAMES_PAGE, 1, { frames: 21, longest: [71, 44, 40] }),
      page(SMALL_ARTICLE, 1, { longest: [12, 14, 9] }),
    ];
    pages[0] = {
      ...pages[0],
      ours: { ...pages[0]?.ours, longestTaskMs: 44, longestTaskCpuMs: 22 },
    } as PageResult;
    const verdicts = judgeTargets({ pages, firstMarks: [], matcher: [], infiniteScroll: flat });
    const anywhere = verdict(verdicts, 'No task of ours over 50 ms');
    expect(anywhere?.met).toBe(true);
    expect(anywhere?.measured).toBe(
      'longest 44.0 ms (CPU 22.0 ms), 20 iframes, no names; worst single run 71.0 ms, 20 iframes, no names',
    );
    // Only the articles count for 16 ms: the iframes page's 44 ms does not.
    expect(verdict(verdicts, 'No task of ours over 16 ms')?.met).toBe(true);
  });
});
