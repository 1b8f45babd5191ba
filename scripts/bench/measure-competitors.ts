/**
 * The same page in Chromium without the extension: its heap (the baseline for the heap we add),
 * then the floor (a bare TreeWalker read), the single-regex scanner, and mark.js on a fresh load
 * (it rewrites the DOM, so it gets a page of its own).
 */
import type { Browser, Page } from 'puppeteer-core';
import type { MatcherPattern } from '../../src/shared/matcher/compile.ts';
import { heapAfterGc } from './chromium-tools.ts';
import type { BenchWindow, TimedCount } from './page/page-api.ts';

export interface CompetitorResult {
  baselineHeapBytes: number;
  baselineEmbedderHeapBytes: number;
  textNodes: number;
  textChars: number;
  floor: TimedCount;
  regex: TimedCount;
  markJs: TimedCount;
}

async function openPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  // Let the page settle as the extension run does before measuring (no scan runs here).
  await new Promise((done) => setTimeout(done, 500));
  return page;
}

async function inFreshPage<T>(browser: Browser, url: string, run: (page: Page) => Promise<T>): Promise<T> {
  const page = await openPage(browser, url);
  try {
    return await run(page);
  } finally {
    await page.close();
  }
}

/** Each competitor on a fresh load: the first read of a page's text costs more than later ones. */
export async function measureCompetitors(
  browser: Browser,
  url: string,
  patterns: MatcherPattern[],
  scripts: { pageWorld: string; markJs: string },
): Promise<CompetitorResult> {
  const { heap, floor } = await inFreshPage(browser, url, async (page) => {
    const heap = await heapAfterGc(page);
    await page.addScriptTag({ content: scripts.pageWorld });
    const floor = await page.evaluate(() => (window as unknown as BenchWindow).benchPage.floorWalk());
    return { heap, floor };
  });
  const regex = await inFreshPage(browser, url, async (page) => {
    await page.addScriptTag({ content: scripts.pageWorld });
    return page.evaluate((p) => (window as unknown as BenchWindow).benchPage.regexScan(p), patterns);
  });
  const markJs = await inFreshPage(browser, url, async (page) => {
    await page.addScriptTag({ content: scripts.markJs });
    await page.addScriptTag({ content: scripts.pageWorld });
    return page.evaluate((p) => (window as unknown as BenchWindow).benchPage.markJs(p), patterns);
  });
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
