import type { Browser, Page } from 'puppeteer-core';
import { waitUntil } from './extension-state.ts';

/**
 * The one tab opened since `before` at `url`. Its address is read from the page itself: puppeteer's
 * url() stays "about:blank" for a tab an extension opened in Firefox (BiDi, 2026-12).
 */
export async function waitForNewTabAt(browser: Browser, before: Page[], url: string): Promise<Page> {
  const { value: tabs } = await waitUntil(
    async () => {
      const added = (await browser.pages()).filter((p) => !before.includes(p));
      const hrefs = await Promise.all(added.map((p) => p.evaluate(() => location.href).catch(() => '')));
      return added.filter((_, i) => hrefs[i] === url);
    },
    (found) => found.length === 1,
    { timeoutMs: 10_000, what: `a tab at ${url}` },
  );
  return tabs[0] as Page;
}
