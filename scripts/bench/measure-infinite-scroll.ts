/**
 * Infinite scroll: a short article grows by `batches` appended sections of about `batchBytes` each
 * (from the page's own script, as a feed would). Our main-thread cost is read per batch from one
 * trace, split at a `console.timeStamp` made right before each append.
 */
import type { Browser } from 'puppeteer-core';
import { articleFragment } from './article-page.ts';
import { startTrace, stopTrace } from './chromium-tools.ts';
import { type OurTask, ourTasks, summarise } from './main-thread-cost.ts';
import type { ReportWatch } from './mention-reports.ts';
import { describeTask, longestOf } from './task-breakdown.ts';
import type { TraceEvent } from './trace-events.ts';

export interface BatchCost {
  batch: number;
  mainThreadMs: number;
  mainThreadCpuMs: number;
  longestTaskMs: number;
  longestTaskCpuMs: number;
  /** The longest events inside the batch's longest task of ours. */
  longestTask: string;
  mentionsAfter: number;
  /** Milliseconds from the append until the background had the new count (report throttle included). */
  scannedAfterMs: number;
}

const STAMP = 'company-lens-bench-batch-';

function batchStamps(events: readonly TraceEvent[]): number[] {
  return events
    .filter((e) => e.name === 'TimeStamp' && String(e.args?.data?.message ?? '').startsWith(STAMP))
    .map((e) => e.ts)
    .sort((a, b) => a - b);
}

export async function measureInfiniteScroll(
  browser: Browser,
  url: string,
  extensionOrigin: string,
  reports: ReportWatch,
  names: readonly string[],
  { batches = 20, batchBytes = 50_000 } = {},
): Promise<BatchCost[]> {
  const fragments = Array.from(
    { length: batches },
    (_, i) => `<section>${articleFragment({ bytes: batchBytes, names, seed: 1000 + i })}</section>`,
  );
  const page = await browser.newPage();
  try {
    const since = Date.now();
    await page.goto(url, { waitUntil: 'load' });
    let state = await reports.waitForQuiet(url, since, { quietMs: 1000 });
    await startTrace(page, { profiler: true });
    const appended: { count: number; at: number; done: number }[] = [];
    for (const [i, html] of fragments.entries()) {
      const at = await page.evaluate(
        (stamp, fragment) => {
          console.timeStamp(stamp);
          document.querySelector('article')?.insertAdjacentHTML('beforeend', fragment);
          return performance.timeOrigin + performance.now();
        },
        `${STAMP}${i + 1}`,
        html,
      );
      state = await reports.waitForQuiet(url, since, { quietMs: 500, above: state.total, emptyMs: 3000 });
      appended.push({ count: state.total, at, done: state.lastChangeAt });
    }
    const events = await stopTrace(page);
    const stamps = batchStamps(events);
    const tasks = ourTasks(events, extensionOrigin);
    return appended.map((batch, i) => {
      const from = stamps[i] ?? Number.POSITIVE_INFINITY;
      const to = stamps[i + 1] ?? Number.POSITIVE_INFINITY;
      const batchTasks = tasks.filter((t: OurTask) => t.ts >= from && t.ts < to);
      const cost = summarise(batchTasks);
      return {
        batch: i + 1,
        mainThreadMs: cost.totalMs,
        mainThreadCpuMs: cost.totalCpuMs,
        longestTaskMs: cost.longestMs,
        longestTaskCpuMs: cost.longestCpuMs,
        longestTask: describeTask(events, longestOf(batchTasks)),
        mentionsAfter: batch.count,
        scannedAfterMs: batch.done - batch.at,
      };
    });
  } finally {
    await page.close();
  }
}
