/**
 * An extension on one page, in Chromium: trace from navigation until the page has settled (for
 * Company Lens, until the mention count its content scripts report has settled), then the
 * extension's main-thread cost from the trace and the heap after a GC. The reference extensions
 * (reference-extension.ts) are measured by the same function.
 */
import type { Browser } from 'puppeteer-core';
import { heapAfterGc, startTrace, stopTrace } from './chromium-tools.ts';
import { ourTasks, summarise } from './main-thread-cost.ts';
import type { ReportWatch } from './mention-reports.ts';
import type { ReferenceSignals } from './reference-extension.ts';
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
  /** Mentions found, all frames (as reported to the background); a competitor's marks, top frame. */
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

const NO_REPORTS = { total: 0, lastChangeAt: 0, reports: 0 };

/**
 * `reports` watches Company Lens's mention counts; a reference extension has none, and is given a
 * second and a half after `load`, and, where it says when it is done (`signals`), that sign first.
 */
export async function measureOurs(
  browser: Browser,
  url: string,
  extensionOrigin: string,
  reports: ReportWatch | undefined,
  { pageHasScripts = true, signals = {} as ReferenceSignals } = {},
): Promise<OurPageResult> {
  const page = await browser.newPage();
  try {
    const since = Date.now();
    await startTrace(page, { profiler: pageHasScripts });
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    if (signals.done)
      await (await page.waitForFunction(signals.done, { timeout: 120_000, polling: 100 })).dispose();
    const state = reports
      ? await reports.waitForQuiet(url, since, { quietMs: 1500, emptyMs: 3000 })
      : await new Promise<typeof NO_REPORTS>((done) => setTimeout(() => done(NO_REPORTS), 1500));
    const events = await stopTrace(page);
    const tasks = ourTasks(events, extensionOrigin, { pageHasScripts });
    const cost = summarise(tasks);
    const longestTask = describeTask(events, longestOf(tasks));
    const heap = await heapAfterGc(page);
    const timing = (await page.evaluate(PAGE_TIMING)) as PageTiming;
    const done = state.reports > 0 ? state.lastChangeAt : Number.NaN;
    const marks = signals.marks ? ((await page.evaluate(signals.marks)) as number) : state.total;
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
      mentions: marks,
      painted: timing.painted,
    };
  } finally {
    await page.close();
  }
}

// Main world, from the document's start: the first animation frame after `load` in which a mark of
// ours is in the highlight registry (the frame that paints it).
const FIRST_MARKS = `(() => {
  let loadAt = -1;
  window.__firstMarksAfterLoad = -1;
  addEventListener('load', () => {
    loadAt = performance.now();
    const poll = (now) => {
      let marks = 0;
      CSS.highlights.forEach((highlight, name) => {
        if (name.startsWith('company-lens-') && name !== 'company-lens-active') marks += highlight.size;
      });
      if (marks > 0) window.__firstMarksAfterLoad = Math.max(0, now - loadAt);
      else if (now - loadAt < 5000) requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
})()`;

/**
 * Milliseconds from the page's `load` event to the first frame with a mark of ours, seen from the
 * page's own world (no trace running); NaN if none came within 5 s.
 */
export async function firstMarksAfterLoad(browser: Browser, url: string): Promise<number> {
  const page = await browser.newPage();
  try {
    await page.evaluateOnNewDocument(FIRST_MARKS);
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    const handle = await page.waitForFunction('window.__firstMarksAfterLoad !== -1', {
      timeout: 7000,
      polling: 100,
    });
    await handle.dispose();
    const value = (await page.evaluate('window.__firstMarksAfterLoad')) as number;
    return value;
  } catch {
    return Number.NaN;
  } finally {
    await page.close();
  }
}
