/**
 * When the extension goes away under an open page (reloaded, updated, disabled or removed), no mark
 * of the old instance may stay behind.
 */
import type { Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import { demoPageHtml } from '../../scripts/demo-page.ts';
import { GECKO_ID } from '../../scripts/manifest-for-browser.ts';
import { waitUntil } from '../support/extension-state.ts';
import {
  readMarks,
  rememberHighlights,
  waitForFreshHighlights,
  waitForStableMarks,
} from '../support/page-marks.ts';
import { type BrowserSession, forEachBrowser } from './harness.ts';

const markTexts = async (page: Page) => (await readMarks(page)).map((m) => m.text).sort();

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
      // The highlights registered now, to tell a new instance's from these in the page's own world.
      await rememberHighlights(page);
      reloadExtension(await s.openPopup());
      // Chromium does not inject content scripts into open tabs on reload, so the old instance must
      // remove its marks; Firefox injects the new instance, which must start from a clean slate: it
      // has once it has registered highlights of its own, and its marks have settled.
      if (s.name === 'chromium') {
        await waitUntil(
          () => markTexts(page),
          (texts) => texts.length === 0,
          { what: 'no marks' },
        );
      } else {
        await waitForFreshHighlights(page);
      }
      const after =
        s.name === 'chromium'
          ? await markTexts(page)
          : (await waitForStableMarks(page)).map((m) => m.text).sort();
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
      // The old instance cleans up on its own time (Chromium), or the browser drops our styles with
      // the extension (Firefox, where the ranges stay registered but nothing paints them): either
      // way the page stops looking marked.
      const { value: afterRemoval } = await waitUntil(
        () => page.screenshot({ encoding: 'base64' }),
        (shot) => shot !== marked,
        { intervalMs: 200, what: 'the marks to go' },
      );
      const clean = await openDemo(s);
      await clean.evaluate(() => document.fonts.ready.then(() => {}));
      const neverMarked = await clean.screenshot({ encoding: 'base64' });
      expect(marked).not.toBe(neverMarked);
      expect(afterRemoval === neverMarked).toBe(true);
      await page.close();
      await clean.close();
    });
  },
  { routes: { '/demo.html': () => demoPageHtml() } },
);
