/**
 * Company Lens on one page, in Chromium with the extension: trace from navigation until our
 * highlights stop changing, then our main-thread cost from the trace and the heap after a GC.
 */
import type { Browser } from 'puppeteer-core';
import { heapAfterGc, startTrace, stopTrace } from './chromium-tools.ts';
import { installHighlightWatch, waitForQuietHighlights } from './highlight-watch.ts';
import { ourTasks, summarise } from './main-thread-cost.ts';

export interface OurPageResult {
  /** Milliseconds from DOMContentLoaded to the last highlight change. */
  scanDoneAfterDclMs: number;
  /** Milliseconds from navigation start to the last highlight change. */
  scanDoneAfterNavigationMs: number;
  mainThreadMs: number;
  longestTaskMs: number;
  tasks: number;
  heapBytes: number;
  embedderHeapBytes: number;
  mentions: number;
}

export async function measureOurs(
  browser: Browser,
  url: string,
  extensionOrigin: string,
): Promise<OurPageResult> {
  const page = await browser.newPage();
  try {
    await installHighlightWatch(page);
    await startTrace(page);
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    const state = await waitForQuietHighlights(page, { quietMs: 1500 });
    const events = await stopTrace(page);
    const tasks = ourTasks(events, extensionOrigin);
    const cost = summarise(tasks);
    const heap = await heapAfterGc(page);
    const done = state.count > 0 ? state.lastChangeAt : Number.NaN;
    return {
      scanDoneAfterDclMs: done - state.domContentLoadedAt,
      scanDoneAfterNavigationMs: done,
      mainThreadMs: cost.totalMs,
      longestTaskMs: cost.longestMs,
      tasks: cost.tasks,
      heapBytes: heap.js,
      embedderHeapBytes: heap.embedder,
      mentions: state.count,
    };
  } finally {
    await page.close();
  }
}
