/**
 * Company Lens on one page, in Chromium with the extension: trace from navigation until the mention
 * count the content scripts report has settled, then our main-thread cost from the trace and the
 * heap after a GC.
 */
import type { Browser } from 'puppeteer-core';
import { heapAfterGc, startTrace, stopTrace } from './chromium-tools.ts';
import { ourTasks, summarise } from './main-thread-cost.ts';
import type { ReportWatch } from './mention-reports.ts';
import { describeTask, longestOf } from './task-breakdown.ts';

export interface OurPageResult {
  /**
   * Milliseconds from DOMContentLoaded until the background received the final mention count
   * (includes the content script's report throttle of up to 100 ms).
   */
  scanDoneAfterDclMs: number;
  /** The same from navigation start. */
  scanDoneAfterNavigationMs: number;
  mainThreadMs: number;
  /** CPU time of our main-thread work (wall clock minus time the thread was descheduled). */
  mainThreadCpuMs: number;
  longestTaskMs: number;
  longestTaskCpuMs: number;
  /** The longest events inside our longest task. */
  longestTask: string;
  tasks: number;
  heapBytes: number;
  embedderHeapBytes: number;
  /** Mentions found, all frames (as reported to the background). */
  mentions: number;
  /** Mentions painted at the end: only those near the viewport are in the highlights. */
  painted: number;
}

interface PageTiming {
  timeOrigin: number;
  domContentLoaded: number;
  painted: number;
}

const PAGE_TIMING = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  let painted = 0;
  CSS.highlights.forEach((highlight, name) => {
    if (name.startsWith('company-lens-') && name !== 'company-lens-active') painted += highlight.size;
  });
  return { timeOrigin: performance.timeOrigin, domContentLoaded: nav ? nav.domContentLoadedEventEnd : 0, painted };
})()`;

export async function measureOurs(
  browser: Browser,
  url: string,
  extensionOrigin: string,
  reports: ReportWatch,
): Promise<OurPageResult> {
  const page = await browser.newPage();
  try {
    const since = Date.now();
    await startTrace(page);
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    const state = await reports.waitForQuiet(url, since, { quietMs: 1500 });
    const events = await stopTrace(page);
    const tasks = ourTasks(events, extensionOrigin);
    const cost = summarise(tasks);
    const longestTask = describeTask(events, longestOf(tasks));
    const heap = await heapAfterGc(page);
    const timing = (await page.evaluate(PAGE_TIMING)) as PageTiming;
    const done = state.reports > 0 ? state.lastChangeAt : Number.NaN;
    return {
      scanDoneAfterDclMs: done - (timing.timeOrigin + timing.domContentLoaded),
      scanDoneAfterNavigationMs: done - timing.timeOrigin,
      mainThreadMs: cost.totalMs,
      mainThreadCpuMs: cost.totalCpuMs,
      longestTaskMs: cost.longestMs,
      longestTaskCpuMs: cost.longestCpuMs,
      longestTask,
      tasks: cost.tasks,
      heapBytes: heap.js,
      embedderHeapBytes: heap.embedder,
      mentions: state.total,
      painted: timing.painted,
    };
  } finally {
    await page.close();
  }
}
