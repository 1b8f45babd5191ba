/**
 * The same page in Chromium without the extension: its heap (the baseline for the heap we add),
 * then the floor (a bare TreeWalker read), the single-regex scanner, and mark.js on a fresh load
 * (it rewrites the DOM, so it gets a page of its own).
 *
 * Each runs where an extension would run it and under the conditions our own run is measured in:
 * in an isolated world (a content script's; DOM wrappers there cost more than in the page's world)
 * with the same trace recording (which by itself slowed the floor about 1.5x in Chromium 156,
 * 2026-11). Measured in the page's world without tracing, they would carry neither cost while we
 * carry both.
 */
import type { Browser, Page, Realm } from 'puppeteer-core';
import type { MatcherPattern } from '../../src/shared/matcher/compile.ts';
import { heapAfterGc, startTrace } from './chromium-tools.ts';
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
  await startTrace(page);
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  // Let the page settle as the extension run does before measuring (no scan runs here).
  await new Promise((done) => setTimeout(done, 500));
  return page;
}

async function inFreshPage<T>(
  browser: Browser,
  url: string,
  run: (realm: Realm, page: Page) => Promise<T>,
): Promise<T> {
  const page = await openPage(browser, url);
  try {
    return await run(page.mainFrame().isolatedRealm(), page);
  } finally {
    await page.tracing.stop().catch(() => undefined);
    await page.close();
  }
}

/** Runs a script's text in the realm, as `addScriptTag` does in the page's world. */
async function inject(realm: Realm, script: string): Promise<void> {
  await realm.evaluate(script);
}

/** Each competitor on a fresh load: the first read of a page's text costs more than later ones. */
export async function measureCompetitors(
  browser: Browser,
  url: string,
  patterns: MatcherPattern[],
  scripts: { pageWorld: string; markJs: string },
): Promise<CompetitorResult> {
  const { heap, floor } = await inFreshPage(browser, url, async (realm, page) => {
    const heap = await heapAfterGc(page);
    await inject(realm, scripts.pageWorld);
    const floor = await realm.evaluate(() => (window as unknown as BenchWindow).benchPage.floorWalk());
    return { heap, floor };
  });
  const regex = await inFreshPage(browser, url, async (realm) => {
    await inject(realm, scripts.pageWorld);
    return realm.evaluate((p) => (window as unknown as BenchWindow).benchPage.regexScan(p), patterns);
  });
  const markJs = await inFreshPage(browser, url, async (realm) => {
    await inject(realm, scripts.markJs);
    await inject(realm, scripts.pageWorld);
    return realm.evaluate((p) => (window as unknown as BenchWindow).benchPage.markJs(p), patterns);
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
