/**
 * The packaged extension as a whole, in both browsers: it loads, marks the demo page without
 * changing it, cannot be probed by the page, and its extension pages open without errors.
 */
import { expect, it } from 'vitest';
import { demoPageHtml } from '../../scripts/demo-page.ts';
import { pageErrorsOf } from '../support/launch-browser.ts';
import { collectMarksByScrolling, middleOf, waitForStableMarks } from '../support/page-marks.ts';
import { forEachBrowser } from './harness.ts';

forEachBrowser(
  'packaged extension',
  (session) => {
    it('marks the companies of the demo articles', async () => {
      const page = await session().openFixture('demo.html');
      const marks = await collectMarksByScrolling(page);
      const texts = new Set(marks.map((m) => m.text.replace(/\s+/g, ' ')));
      for (const name of [
        'Xiaomi',
        'Huawei',
        'ZTE',
        'China Mobile',
        'Qualcomm',
        'Alphabet',
        'Google',
        'TikTok',
        'WeChat',
      ]) {
        expect(texts, `${name} should be marked`).toContain(name);
      }
      expect(marks.filter((m) => m.text === 'Xiaomi').length).toBeGreaterThan(20);
      // Highlights carry the company's status: Huawei is under a US ban in our sources.
      expect(marks.find((m) => m.text === 'Huawei')?.highlight).toBe('company-lens-restricted');
      await page.close();
    });

    it('leaves the page DOM exactly as served', async () => {
      const page = await session().openFixture('demo.html');
      await waitForStableMarks(page);
      const same = await page.evaluate(async () => {
        const served = await (await fetch(location.href)).text();
        const parsed = new DOMParser().parseFromString(served, 'text/html');
        return (
          parsed.body.innerHTML === document.body.innerHTML &&
          parsed.head.innerHTML === document.head.innerHTML
        );
      });
      expect(same).toBe(true);
      await page.close();
    });

    it('cannot be detected by the page through extension files', async () => {
      const page = await session().openFixture('demo.html');
      await waitForStableMarks(page);
      const probe = `${session().extensionOrigin}/manifest.json`;
      const reachable = await page.evaluate(async (url) => {
        try {
          await fetch(url);
          return true;
        } catch {
          return false;
        }
      }, probe);
      expect(reachable).toBe(false);
      await page.close();
    });

    it('makes no network request of its own', async () => {
      const s = session();
      const page = await s.browser.newPage();
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(s.fixtureUrl('demo.html'), { waitUntil: 'load' });
      await waitForStableMarks(page);
      // Hovering loads nothing either: the card's data is bundled.
      const [first] = await waitForStableMarks(page);
      if (first)
        await page.mouse.move(...middleOf(first), {
          steps: 3,
        });
      // The card is open: whatever it needed has been loaded.
      await page.waitForSelector('[company-lens-card]', { timeout: 10_000 });
      expect(requests.filter((url) => !url.startsWith(s.server.origin))).toEqual([]);
      await page.close();
    });

    it('opens the popup and the options page without errors', async () => {
      const s = session();
      for (const open of [() => s.openPopup(), () => s.openOptions()]) {
        const page = await open();
        await page.waitForFunction(() => (document.body.textContent?.trim().length ?? 0) > 0, {
          timeout: 10_000,
        });
        expect(pageErrorsOf(page)).toEqual([]);
        await page.close();
      }
    });
  },
  { routes: { '/demo.html': () => demoPageHtml() } },
);
