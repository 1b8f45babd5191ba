/**
 * What the popup points at, in both browsers: restricted companies first, then contested, then those
 * our sources do not flag, folded behind one disclosure line; and the next/previous mention keys as
 * the browser has them bound.
 */
import type { Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import type { Browser as ExtensionApi } from 'webextension-polyfill';
import { axeViolations } from '../support/axe.ts';
import {
  newReportingTabId,
  replaceStoredSettings,
  reportingTabIds,
  waitUntil,
} from '../support/extension-state.ts';
import { trackOpenedPages } from '../support/opened-pages.ts';
import { type BrowserSession, forEachBrowser } from './harness.ts';

const { opened } = trackOpenedPages();

async function openOrderFixtureAndPopup(s: BrowserSession) {
  const helper = await s.openOptions();
  opened.push(helper);
  await replaceStoredSettings(helper, {});
  const known = await reportingTabIds(helper);
  const page = await s.openFixture('popup-order.html');
  opened.push(page);
  const tabId = await newReportingTabId(helper, known);
  const popup = await s.openPopup(`?tabId=${tabId}`);
  opened.push(popup);
  return { helper, popup };
}

/** The rows a user can see, top to bottom: "Name=count". */
const visibleRows = (popup: Page): Promise<string[]> =>
  popup.$$eval('.company-row', (rows) =>
    rows
      .filter((row) => row.getClientRects().length > 0)
      .map(
        (row) =>
          `${row.querySelector('.company-name')?.textContent}=${row.querySelector('.company-count')?.textContent}`,
      ),
  );

const toggleState = (popup: Page) =>
  popup.$eval('#not-flagged-toggle', (button) => ({
    expanded: button.getAttribute('aria-expanded'),
    text: button.textContent,
    controls: document.getElementById(button.getAttribute('aria-controls') ?? '')?.localName,
  }));

forEachBrowser('popup order', (session) => {
  it('lists restricted, then contested companies, by mentions; the not-flagged ones fold into one line', async () => {
    const s = session();
    const { popup } = await openOrderFixtureAndPopup(s);
    const { value: flagged } = await waitUntil(
      () => visibleRows(popup),
      (rows) => rows.length === 4,
      { what: 'four flagged companies shown' },
    );
    expect(flagged).toEqual(['Huawei=2', 'ZTE=1', 'Xiaomi=3', 'TikTok=1']);
    expect(await toggleState(popup)).toEqual({
      expanded: 'false',
      text: '3 companies not flagged in our sources',
      controls: 'ul',
    });
    // Nothing green: a company our sources do not flag has no badge.
    expect(await popup.$$eval('.company-row[data-level="none"] .status-badge', (b) => b.length)).toBe(0);
    expect(await axeViolations(popup)).toEqual([]);

    // A real button: focus it and press Enter, as a keyboard user would.
    await popup.focus('#not-flagged-toggle');
    await popup.keyboard.press('Enter');
    await waitUntil(
      () => visibleRows(popup),
      (rows) => rows.length === 7,
      { what: 'the fold opened' },
    );
    expect(await visibleRows(popup)).toEqual([
      'Huawei=2',
      'ZTE=1',
      'Xiaomi=3',
      'TikTok=1',
      'Qualcomm=4',
      'Samsung=2',
      'Apple=1',
    ]);
    expect((await toggleState(popup)).expanded).toBe('true');
    expect(await axeViolations(popup)).toEqual([]);

    await popup.keyboard.press(' ');
    await waitUntil(
      () => visibleRows(popup),
      (rows) => rows.length === 4,
      { what: 'the fold closed' },
    );
    expect((await toggleState(popup)).expanded).toBe('false');
  });

  it('shows the next/previous mention keys as the browser has them bound', async () => {
    const s = session();
    const { popup } = await openOrderFixtureAndPopup(s);
    const bound = () =>
      popup.evaluate(async () => {
        const g = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
        const commands = await (g.browser ?? g.chrome).commands.getAll();
        return ['next-mention', 'previous-mention'].map(
          (name) => commands.find((c) => c.name === name)?.shortcut || 'not set',
        );
      });
    const shown = () =>
      popup.$$eval('.cl-shortcut', (items) =>
        items.map(
          (item) => `${item.querySelector('dt')?.textContent}: ${item.querySelector('dd')?.textContent}`,
        ),
      );
    const expected = await bound();
    const { value } = await waitUntil(shown, (items) => items.length === 2, { what: 'two shortcuts shown' });
    expect(value).toEqual([`Next mention: ${expected[0]}`, `Previous mention: ${expected[1]}`]);
  });
});
