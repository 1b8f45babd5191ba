/**
 * The options page in both browsers: every setting is saved to `storage.sync` (only what differs from
 * the defaults), shown again after a reload, the list of switched-off sites allows removal, and reset
 * restores the defaults.
 */
import type { Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import type { Browser as ExtensionApi } from 'webextension-polyfill';
import { axeViolations } from '../support/axe.ts';
import { readStoredSettings, replaceStoredSettings, waitUntil } from '../support/extension-state.ts';
import { pageErrorsOf } from '../support/launch-browser.ts';
import { trackOpenedPages } from '../support/opened-pages.ts';
import { forEachBrowser } from './harness.ts';

const { opened } = trackOpenedPages();

interface ShownSettings {
  style: string | undefined;
  delay: string;
  badge: boolean;
  theme: string;
  sites: string[];
}

function readForm(page: Page): Promise<ShownSettings> {
  return page.evaluate(() => ({
    style: (document.querySelector('input[name="highlight-style"]:checked') as HTMLInputElement | null)
      ?.value,
    delay: (document.getElementById('hover-delay') as HTMLInputElement).value,
    badge: (document.getElementById('show-badge') as HTMLInputElement).checked,
    theme: (document.getElementById('theme') as HTMLSelectElement).value,
    sites: [...document.querySelectorAll('#disabled-sites li')].map(
      (li) => li.getAttribute('data-hostname') ?? '',
    ),
  }));
}

const DEFAULTS: ShownSettings = { style: 'underline', delay: '200', badge: true, theme: 'system', sites: [] };

forEachBrowser('options page', (session) => {
  it('saves every setting and shows it again after a reload; reset restores the defaults', async () => {
    const s = session();
    const page = await s.openOptions();
    opened.push(page);
    await replaceStoredSettings(page, {});
    await page.waitForSelector('#hover-delay');
    expect(await readForm(page)).toEqual(DEFAULTS);

    await page.click('input[name="highlight-style"][value="background"]');
    await page.click('#hover-delay', { count: 3 });
    await page.type('#hover-delay', '750');
    await page.keyboard.press('Tab'); // commits the number field (change event)
    await page.click('#show-badge');
    await page.select('#theme', 'dark');
    const { value: stored } = await waitUntil(
      () => readStoredSettings(page),
      (raw) => Object.keys(raw).length === 4,
      { what: 'four stored settings' },
    );
    expect(stored).toEqual({
      highlightStyle: 'background',
      hoverDelayMs: 750,
      showBadge: false,
      theme: 'dark',
    });
    await waitUntil(
      () => page.evaluate(() => document.documentElement.dataset.theme),
      (theme) => theme === 'dark',
      { what: 'dark theme applied' },
    );

    await page.close();
    const again = await s.openOptions();
    opened.push(again);
    await again.waitForSelector('#hover-delay');
    expect(await readForm(again)).toEqual({
      style: 'background',
      delay: '750',
      badge: false,
      theme: 'dark',
      sites: [],
    });

    await again.click('#reset');
    await waitUntil(
      () => readStoredSettings(again),
      (raw) => Object.keys(raw).length === 0,
      { what: 'storage emptied' },
    );
    await waitUntil(
      () => readForm(again),
      (form) => JSON.stringify(form) === JSON.stringify(DEFAULTS),
      { what: 'form back to defaults' },
    );
    expect(pageErrorsOf(again)).toEqual([]);
  });

  it('has no accessibility violations, with sites listed', async () => {
    const s = session();
    const page = await s.openOptions();
    opened.push(page);
    await replaceStoredSettings(page, { disabledSites: ['news.example'] });
    await page.waitForSelector('#disabled-sites li');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('clamps the hover delay to its range', async () => {
    const s = session();
    const page = await s.openOptions();
    opened.push(page);
    await replaceStoredSettings(page, {});
    await page.waitForSelector('#hover-delay');
    await page.click('#hover-delay', { count: 3 });
    await page.type('#hover-delay', '99999');
    await page.keyboard.press('Tab');
    await waitUntil(
      () => readStoredSettings(page),
      (raw) => raw.hoverDelayMs === 2000,
      { what: 'clamped delay stored' },
    );
    expect((await readForm(page)).delay).toBe('2000');
  });

  it('lists the sites where the extension is off, with removal', async () => {
    const s = session();
    const page = await s.openOptions();
    opened.push(page);
    await replaceStoredSettings(page, { disabledSites: ['news.example', 'blog.example'] });
    await waitUntil(
      () => readForm(page),
      (form) => form.sites.length === 2,
      { what: 'two sites listed' },
    );
    expect((await readForm(page)).sites).toEqual(['blog.example', 'news.example']);
    const label = await page.$eval('#disabled-sites li[data-hostname="news.example"] button', (b) =>
      b.getAttribute('aria-label'),
    );
    // The visible text starts the accessible name (WCAG 2.5.3, label in name).
    expect(label).toBe('Turn back on for news.example');

    await page.click('#disabled-sites li[data-hostname="news.example"] button');
    await waitUntil(
      () => readStoredSettings(page),
      (raw) => JSON.stringify(raw.disabledSites) === '["blog.example"]',
      { what: 'site removed from storage' },
    );
    await waitUntil(
      () => readForm(page),
      (form) => form.sites.join() === 'blog.example',
      { what: 'site removed from the list' },
    );
  });

  it('shows defaults for corrupted stored values', async () => {
    const s = session();
    const setup = await s.openOptions();
    opened.push(setup);
    await replaceStoredSettings(setup, { highlightStyle: 'blink', hoverDelayMs: 'soon', theme: 'dark' });
    // A fresh page reads the planted values (Firefox never resolves a reload of a moz-extension page).
    const page = await s.openOptions();
    opened.push(page);
    await page.waitForSelector('#hover-delay');
    await waitUntil(
      () => readForm(page),
      (form) => form.theme === 'dark',
      { what: 'valid value shown' },
    );
    expect(await readForm(page)).toEqual({ ...DEFAULTS, theme: 'dark' });
  });

  it('saves the quieter marking choice', async () => {
    const s = session();
    const page = await s.openOptions();
    opened.push(page);
    await replaceStoredSettings(page, {});
    await page.waitForSelector('input[name="mark-mentions"][value="every"]:checked');
    await page.click('input[name="mark-mentions"][value="first-per-section"]');
    await waitUntil(
      () => readStoredSettings(page),
      (raw) => raw.markMentions === 'first-per-section',
      { what: 'marking choice stored' },
    );
    // The choice explains its rule where it is made.
    const hint = await page.$eval(
      'input[name="mark-mentions"][value="first-per-section"]',
      (input) => input.closest('label')?.textContent ?? '',
    );
    expect(hint).toContain('nearest article, section or main element');
  });

  it('shows the mention shortcuts and opens the browser page that changes them', async () => {
    const s = session();
    const page = await s.openOptions();
    opened.push(page);
    const bound = await page.evaluate(async () => {
      const g = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
      const commands = await (g.browser ?? g.chrome).commands.getAll();
      return ['next-mention', 'previous-mention'].map(
        (name) => commands.find((c) => c.name === name)?.shortcut || 'not set',
      );
    });
    const { value: shown } = await waitUntil(
      () => page.$$eval('.cl-shortcut dd', (dds) => dds.map((dd) => dd.textContent)),
      (dds) => dds.length === 2,
      { what: 'two shortcuts shown' },
    );
    expect(shown).toEqual(bound);
    expect(await page.$eval('#shortcuts-how', (p) => p.textContent)).toContain('about:addons');

    const shortcutsPages = () =>
      Promise.resolve(
        s.browser.targets().filter((t) => /^(chrome:\/\/extensions\/shortcuts|about:addons)/.test(t.url())),
      );
    expect(await shortcutsPages()).toEqual([]);
    await page.click('#change-shortcuts');
    // Polled: in Firefox the tab opens as about:blank and then turns into about:addons.
    const { value: targets } = await waitUntil(shortcutsPages, (found) => found.length === 1, {
      what: "the browser's shortcuts page",
    });
    await (await targets[0]?.page())?.close();
    expect(await page.$eval('#options-notice', (p) => p.textContent)).toBe('');
  });

  it('keeps buttons on one line on a narrow page', async () => {
    const s = session();
    const page = await s.openOptions();
    opened.push(page);
    await replaceStoredSettings(page, { disabledSites: ['a-rather-long-hostname.example.co.uk'] });
    await page.setViewport({ width: 400, height: 800 });
    await page.waitForSelector('#disabled-sites li button');
    const lines = await page.$$eval('#disabled-sites li button, #change-shortcuts, #reset', (buttons) =>
      buttons.map((button) => {
        const range = document.createRange();
        range.selectNodeContents(button);
        // One rectangle per line box the label occupies.
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      }),
    );
    expect(lines).toEqual([1, 1, 1]);
  });
});
