/**
 * Pages a browser test opens, closed after each test so that one test's tabs never weigh on the next
 * (each browser block shares one browser). Call once at the top of a test file.
 */
import type { Page } from 'puppeteer-core';
import { afterEach } from 'vitest';
import type { BrowserSession } from '../browser/harness.ts';

export interface OpenedPages {
  /** Pages to close after the current test; push any page a test opens by other means. */
  opened: Page[];
  /** Opens a fixture in a new tab, in front (hover and focus need the front tab), closed after the test. */
  open(s: BrowserSession, path: string): Promise<Page>;
}

export function trackOpenedPages(): OpenedPages {
  const opened: Page[] = [];
  afterEach(async () => {
    for (const page of opened.splice(0)) await page.close().catch(() => {});
  });
  return {
    opened,
    async open(s, path) {
      const page = await s.openFixture(path);
      opened.push(page);
      await page.bringToFront();
      return page;
    },
  };
}
