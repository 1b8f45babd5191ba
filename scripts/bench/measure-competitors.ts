/**
 * The same page in Chromium without the extension: its heap (the baseline for the heap we add),
 * then a bare TreeWalker read (for the text-node count), the single-regex scanner, and mark.js, each
 * on a fresh load (mark.js rewrites the DOM).
 *
 * Each runs where an extension would run it and under the conditions our own run is measured in: in
 * an isolated world (DOM wrappers there cost more than in the page's world) with the same trace
 * recording, which by itself slows script (docs/benchmark.md, "How it is measured").
 */
import type { Browser, CDPSession, Page } from 'puppeteer-core';
import type { MatcherPattern } from '../../src/shared/matcher/compile.ts';
import { heapAfterGc, startTrace } from './chromium-tools.ts';
import { medianRun } from './median.ts';
import type { TimedCount } from './page/page-api.ts';

export interface CompetitorResult {
  baselineHeapBytes: number;
  baselineEmbedderHeapBytes: number;
  textNodes: number;
  textChars: number;
  /** Median runs; `runsMs` has every run's time. */
  floor: TimedCount & { runsMs: number[] };
  regex: TimedCount & { runsMs: number[] };
  markJs: TimedCount & { runsMs: number[] };
}

async function openPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await startTrace(page);
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  // Let the page settle as the extension run does before measuring (no scan runs here).
  await new Promise((done) => setTimeout(done, 500));
  return page;
}

/** A fresh isolated world in the page's main frame, like the one an extension's content script gets. */
class IsolatedWorld {
  private constructor(
    private readonly session: CDPSession,
    private readonly contextId: number,
  ) {}

  static async create(page: Page): Promise<IsolatedWorld> {
    const session = await page.createCDPSession();
    const { frameTree } = await session.send('Page.getFrameTree');
    const { executionContextId } = await session.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'company-lens-bench',
    });
    return new IsolatedWorld(session, executionContextId);
  }

  /** Runs a script (or an expression) and returns its value. */
  async run<T>(expression: string): Promise<T> {
    const { result, exceptionDetails } = await this.session.send('Runtime.evaluate', {
      expression,
      contextId: this.contextId,
      returnByValue: true,
    });
    if (exceptionDetails)
      throw new Error(`In the isolated world: ${exceptionDetails.exception?.description}`);
    return result.value as T;
  }
}

async function inFreshPage<T>(
  browser: Browser,
  url: string,
  run: (world: IsolatedWorld, page: Page) => Promise<T>,
): Promise<T> {
  const page = await openPage(browser, url);
  try {
    return await run(await IsolatedWorld.create(page), page);
  } finally {
    await page.tracing.stop().catch(() => undefined);
    await page.close();
  }
}

const api = (call: string) => `(window.benchPage.${call})`;

/** One run of the floor (a bare TreeWalker read of every text node) on a fresh load of `url`. */
export function measureFloor(browser: Browser, url: string, pageWorldScript: string): Promise<TimedCount> {
  return inFreshPage(browser, url, async (world) => {
    await world.run(pageWorldScript);
    return world.run<TimedCount>(api('floorWalk()'));
  });
}

/**
 * Each competitor on a fresh load (the first read of a page's text costs more than later ones),
 * `floorRuns` times for the floor (by default `runs`), `runs` times for the regex, `markJsRuns` times
 * for mark.js (a minute a run on the 10 MB article); each keeps its median run.
 */
export async function measureCompetitors(
  browser: Browser,
  url: string,
  patterns: MatcherPattern[],
  scripts: { pageWorld: string; markJs: string },
  options: { runs?: number; markJsRuns?: number; floorRuns?: number } = {},
): Promise<CompetitorResult> {
  const { runs = 1, markJsRuns = 1, floorRuns = runs } = options;
  const names = JSON.stringify(patterns);
  const heap = await inFreshPage(browser, url, async (_, page) => heapAfterGc(page));
  const timed = (times: number, setUp: string[], call: string) =>
    medianRun(
      times,
      () =>
        inFreshPage(browser, url, async (world) => {
          for (const script of setUp) await world.run(script);
          return world.run<TimedCount>(api(call));
        }),
      (result) => result.ms,
    );
  const floor = await medianRun(
    floorRuns,
    () => measureFloor(browser, url, scripts.pageWorld),
    (r) => r.ms,
  );
  const regex = await timed(runs, [scripts.pageWorld], `regexScan(${names})`);
  const markJs = await timed(markJsRuns, [scripts.markJs, scripts.pageWorld], `markJs(${names})`);
  return {
    baselineHeapBytes: heap.js,
    baselineEmbedderHeapBytes: heap.embedder,
    textNodes: floor.count,
    textChars: floor.chars ?? 0,
    floor,
    regex,
    markJs,
  };
}
