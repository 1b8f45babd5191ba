/**
 * Firefox records no trace of an extension's time, so the bench measures there what the page itself
 * sees: a main-world loop of zero-delay timer ticks from the document's start until 2.5 s after
 * `load`, once with the extension and once without it, taking turns. Each gap between two ticks
 * longer than the loop's usual gap (the clamped timer interval) is time the main thread spent on
 * something else; the extension's cost is the difference of the two sums. No target rests on it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { browserExecutable, launchWithExtension } from '../../test/support/launch-browser.ts';
import { median } from './median.ts';

export interface FirefoxTicks {
  page: string;
  /** Median over the loads of the summed excess gaps, ms. */
  withExtensionMs: number;
  withoutMs: number;
  /** Median of the per-pair differences, ms. */
  extensionMs: number;
  runs: number;
}

const TICKS = `(() => {
  const gaps = [];
  let last = performance.now();
  let stopAt = Infinity;
  addEventListener('load', () => { stopAt = performance.now() + 2500; });
  const tick = () => {
    const now = performance.now();
    gaps.push(now - last);
    last = now;
    if (now < stopAt) setTimeout(tick, 0);
    else window.__tickGaps = gaps;
  };
  setTimeout(tick, 0);
})()`;

/** The summed excess of the gaps over the loop's usual (median) gap, ms. */
export function excessOverUsual(gaps: readonly number[]): number {
  const usual = median(gaps);
  return gaps.reduce((sum, gap) => sum + Math.max(0, gap - usual), 0);
}

async function excessOnce(browser: Browser, url: string): Promise<number> {
  const page = await browser.newPage();
  try {
    await page.evaluateOnNewDocument(TICKS);
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForFunction('Array.isArray(window.__tickGaps)', { timeout: 15_000, polling: 200 });
    return excessOverUsual((await page.evaluate('window.__tickGaps')) as number[]);
  } finally {
    await page.close();
  }
}

export async function measureFirefoxTicks(
  pages: readonly { name: string; url: string }[],
  runs: number,
): Promise<{ version: string; results: FirefoxTicks[] }> {
  const ext = await launchWithExtension('firefox');
  const profile = mkdtempSync(join(tmpdir(), 'company-lens-bench-firefox-'));
  const plain = await puppeteer.launch({
    browser: 'firefox',
    executablePath: browserExecutable('firefox'),
    headless: true,
    userDataDir: profile,
    args: ['--width=1280', '--height=900'],
    defaultViewport: null,
  });
  try {
    const version = await plain.version();
    const results: FirefoxTicks[] = [];
    for (const { name, url } of pages) {
      const withExtension: number[] = [];
      const without: number[] = [];
      for (let i = 0; i < runs; i++) {
        without.push(await excessOnce(plain, url));
        withExtension.push(await excessOnce(ext.browser, url));
      }
      results.push({
        page: name,
        withExtensionMs: median(withExtension),
        withoutMs: median(without),
        extensionMs: median(withExtension.map((w, i) => w - (without[i] as number))),
        runs,
      });
    }
    return { version, results };
  } finally {
    await ext.close();
    await plain.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  }
}
