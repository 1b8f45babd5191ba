/**
 * Chromium pieces the measurements share: a browser without the extension (same binary and flags
 * as the test launcher), tracing with the categories our attribution needs, and heap readings.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { browserExecutable, CHROMIUM_ARGS } from '../../test/support/launch-browser.ts';
import { parseTrace, type TraceEvent } from './trace-events.ts';

export interface PlainBrowser {
  browser: Browser;
  close(): Promise<void>;
}

export async function launchPlainChromium(): Promise<PlainBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'company-lens-bench-'));
  const browser = await puppeteer.launch({
    executablePath: browserExecutable('chromium'),
    headless: true,
    userDataDir: profile,
    pipe: true,
    args: [...CHROMIUM_ARGS],
    defaultViewport: null,
  });
  return {
    browser,
    async close() {
      await browser.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'];

/**
 * The sampling profiler slows the script it samples (docs/benchmark.md, "How it is measured"): the
 * targets are timed without it, and it is switched on only to attribute time on pages with scripts.
 */
export async function startTrace(page: Page, { profiler = false } = {}): Promise<void> {
  await page.tracing.start({
    categories: profiler ? [...TRACE_CATEGORIES, 'disabled-by-default-v8.cpu_profiler'] : TRACE_CATEGORIES,
  });
}

export async function stopTrace(page: Page): Promise<TraceEvent[]> {
  const buffer = await page.tracing.stop();
  if (!buffer) throw new Error('Tracing returned no data');
  return parseTrace(buffer);
}

export interface HeapUsage {
  /** V8 heap plus array-buffer and external-string storage, in bytes. */
  js: number;
  /** Blink's objects (DOM nodes, Ranges...), in bytes. */
  embedder: number;
}

/** Heap in use after a full garbage collection (the isolate's, so every world of the page). */
export async function heapAfterGc(page: Page): Promise<HeapUsage> {
  const session = await page.createCDPSession();
  try {
    await session.send('HeapProfiler.collectGarbage');
    const usage = await session.send('Runtime.getHeapUsage');
    return { js: usage.usedSize + usage.backingStorageSize, embedder: usage.embedderHeapUsedSize };
  } finally {
    await session.detach().catch(() => {});
  }
}
