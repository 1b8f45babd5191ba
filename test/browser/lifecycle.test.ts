/**
 * When the extension goes away under an open page (reloaded, updated, disabled or removed), no mark
 * of the old instance may stay behind.
 */
import type { Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import { demoPageHtml } from '../../scripts/demo-page.ts';
import { GECKO_ID } from '../../scripts/manifest-for-browser.ts';
import { readMarks, waitForStableMarks } from '../support/page-marks.ts';
import { type BrowserSession, forEachBrowser } from './harness.ts';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function openDemo(s: BrowserSession): Promise<Page> {
  // Both pages compared keep the window's size: `setViewport` fails in Firefox ESR 140 over BiDi
  // (no emulation.setScreenOrientationOverride, 2026-12).
  const page = await s.browser.newPage();
  await page.goto(s.fixtureUrl('demo.html'), { waitUntil: 'load' });
  return page;
}

function reloadExtension(extensionPage: Page): void {
  // The extension's own page goes down with it, so the call never answers: do not await it.
  extensionPage
    .evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload(),
    )
    .catch(() => {});
}

forEachBrowser(
  'extension lifecycle',
  (session) => {
    it('leaves exactly one fresh set of marks, or none, after the extension reloads', async () => {
      const s = session();
      const page = await openDemo(s);
      const before = (await waitForStableMarks(page)).map((m) => m.text).sort();
      expect(before.length).toBeGreaterThan(0);
      reloadExtension(await s.openPopup());
      await pause(2500);
      const after = (await readMarks(page)).map((m) => m.text).sort();
      // Chromium does not inject content scripts into open tabs on reload, so the old instance must
      // have removed its marks; Firefox injects the new instance, which must start from a clean slate.
      expect(after).toEqual(s.name === 'chromium' ? [] : before);
      // Nothing of ours is left in the page's own style sheets either.
      expect(
        await page.evaluate(() => document.adoptedStyleSheets.length + document.styleSheets.length),
      ).toBe(1);
      await page.close();
    });
  },
  { routes: { '/demo.html': () => demoPageHtml() } },
);

// A browser of its own: after a reload the extension may not come back in the same state.
forEachBrowser(
  'extension removal',
  (session) => {
    it('leaves the page looking exactly as without the extension once it is removed', async () => {
      const s = session();
      const page = await openDemo(s);
      expect((await waitForStableMarks(page)).length).toBeGreaterThan(0);
      const marked = await page.screenshot({ encoding: 'base64' });
      const id = s.name === 'firefox' ? GECKO_ID : new URL(s.extensionOrigin).host;
      await s.browser.uninstallExtension(id);
      await pause(1500);
      const afterRemoval = await page.screenshot({ encoding: 'base64' });
      const clean = await openDemo(s);
      await pause(500);
      const neverMarked = await clean.screenshot({ encoding: 'base64' });
      expect(marked).not.toBe(neverMarked);
      expect(afterRemoval === neverMarked).toBe(true);
      await page.close();
      await clean.close();
    });
  },
  { routes: { '/demo.html': () => demoPageHtml() } },
);
