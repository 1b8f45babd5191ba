/**
 * The toolbar popup against a real page, in both browsers: its list matches the marks, its switches
 * turn marking off and on in an already open tab (and per site), and the badge counts companies.
 * The popup is opened as a tab with `?tabId=` naming the fixture's tab.
 */
import type { Frame, Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import {
  newReportingTabId,
  ownTabId,
  readBadgeText,
  replaceStoredSettings,
  reportingTabIds,
  topFrameReport,
  waitUntil,
} from '../support/extension-state.ts';
import { trackOpenedPages } from '../support/opened-pages.ts';
import { readMarks, waitForStableMarks } from '../support/page-marks.ts';
import { type BrowserSession, forEachBrowser } from './harness.ts';

const FIXTURE = 'popup-companies.html';
/** The fixture's mentions: Huawei 3 + 1 in the frame, ZTE 1, Qualcomm 2, Xiaomi 1 in the frame. */
const EXPECTED = { Huawei: 4, ZTE: 1, Qualcomm: 2, Xiaomi: 1 };

const { opened } = trackOpenedPages();

async function marksInAllFrames(page: Page): Promise<{ text: string; highlight: string }[]> {
  const perFrame = await Promise.all(
    page.frames().map((frame: Frame) => readMarks(frame as unknown as Page).catch(() => [])),
  );
  return perFrame.flat();
}

function countByText(marks: { text: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const m of marks) counts[m.text] = (counts[m.text] ?? 0) + 1;
  return counts;
}

/** Opens a fixture with default settings and the popup for its tab. */
async function openFixtureAndPopup(s: BrowserSession, settings: Record<string, unknown> = {}) {
  const helper = await s.openOptions();
  opened.push(helper);
  await replaceStoredSettings(helper, settings);
  const known = await reportingTabIds(helper);
  const page = await s.openFixture(FIXTURE);
  opened.push(page);
  const tabId = await newReportingTabId(helper, known);
  const popup = await s.openPopup(`?tabId=${tabId}`);
  opened.push(popup);
  return { helper, page, tabId, popup };
}

async function readPopupList(popup: Page): Promise<Record<string, number>> {
  return popup.$$eval('.company-row', (rows) =>
    Object.fromEntries(
      rows.map((row) => [
        row.querySelector('.company-name')?.textContent ?? '',
        Number(row.querySelector('.company-count')?.textContent),
      ]),
    ),
  );
}

const statusText = (popup: Page) => popup.$eval('#page-status', (el) => el.textContent ?? '');

forEachBrowser('popup', (session) => {
  it('lists exactly what is marked, across frames, and the badge counts the companies', async () => {
    const s = session();
    const { helper, page, tabId, popup } = await openFixtureAndPopup(s);
    await waitForStableMarks(page);
    const { value: marks } = await waitUntil(
      () => marksInAllFrames(page),
      (m) => m.length === 8,
      { what: 'marks in page and frame' },
    );
    expect(countByText(marks)).toEqual(EXPECTED);
    const { value: list } = await waitUntil(
      () => readPopupList(popup),
      (l) => Object.keys(l).length === 4,
      { what: 'popup list' },
    );
    expect(list).toEqual(EXPECTED);
    expect(await statusText(popup)).toBe('4 companies found');
    await waitUntil(
      () => readBadgeText(helper, tabId),
      (text) => text === '4',
      { what: 'badge "4"' },
    );
  });

  it('switching off in the popup removes the marks in the open tab; switching on restores them', async () => {
    const s = session();
    const { page, popup } = await openFixtureAndPopup(s);
    const before = (await waitForStableMarks(page)).length;
    expect(before).toBeGreaterThan(0);
    await popup.waitForSelector('#global-switch');
    expect(await popup.$eval('#global-switch', (el) => (el as HTMLInputElement).checked)).toBe(true);

    await popup.click('#global-switch');
    const off = await waitUntil(
      () => readMarks(page),
      (m) => m.length === 0,
      { what: 'marks removed' },
    );
    console.log(`[${s.name}] marks removed ${off.ms} ms after the switch was clicked`);
    expect(off.ms).toBeLessThan(1000);
    await waitUntil(
      () => statusText(popup),
      (t) => t.startsWith('Company Lens is off'),
      { what: 'popup says off' },
    );

    await popup.click('#global-switch');
    // A real popup floats over its page, which is in the foreground and scans at full speed; a tab in
    // the background may postpone its scan until it is shown.
    await page.bringToFront();
    const on = await waitUntil(
      () => readMarks(page),
      (m) => m.length === before,
      { what: 'marks restored' },
    );
    console.log(`[${s.name}] marks restored ${on.ms} ms after the switch was clicked`);
    await waitUntil(
      () => statusText(popup),
      (t) => t === '4 companies found',
      { what: 'popup lists again' },
    );
  });

  it('a site switched off leaves other sites unaffected', async () => {
    const s = session();
    const other = await s.openFixture('other-site.html', { crossOrigin: true });
    opened.push(other);
    const otherMarks = (await waitForStableMarks(other)).length;
    expect(otherMarks).toBe(2);
    const { page, popup, tabId, helper } = await openFixtureAndPopup(s);
    await waitForStableMarks(page);
    await popup.waitForSelector('#site-switch');
    expect(await popup.$eval('#site-switch-hint', (el) => el.textContent)).toBe('127.0.0.1');

    await popup.click('#site-switch');
    await waitUntil(
      () => readMarks(page),
      (m) => m.length === 0,
      { what: 'marks removed on 127.0.0.1' },
    );
    await waitUntil(
      () => statusText(popup),
      (t) => t === 'Off on 127.0.0.1.',
      { what: 'popup says off on this site' },
    );
    await waitUntil(
      () => readBadgeText(helper, tabId),
      (text) => text === '',
      { what: 'badge cleared' },
    );
    // Every tab gets storage changes in order: once the other tab shows a style set after the switch,
    // it has handled the switch too, and it must still have its marks.
    await replaceStoredSettings(helper, { disabledSites: ['127.0.0.1'], highlightStyle: 'background' });
    // In front: a hidden tab defers its restarted scan until it is shown.
    await other.bringToFront();
    await waitUntil(
      () =>
        other.evaluate(() => {
          let tinted = 0;
          CSS.highlights.forEach((h, name) => {
            if (name.startsWith('company-lens-fill-')) tinted += h.size;
          });
          return tinted;
        }),
      (tinted) => tinted > 0,
      { what: 'the other tab to follow the later style change' },
    );
    expect((await readMarks(other)).length).toBe(otherMarks);
    await replaceStoredSettings(helper, { disabledSites: ['127.0.0.1'] });
    await popup.bringToFront();
    expect(await popup.$eval('#global-switch', (el) => (el as HTMLInputElement).checked)).toBe(true);

    await popup.click('#site-switch');
    await page.bringToFront();
    await waitUntil(
      () => readMarks(page),
      (m) => m.length > 0,
      { what: 'marks back on 127.0.0.1' },
    );
  });

  it('clicking a company scrolls to its mention and opens its card; again goes to the next', async () => {
    const s = session();
    const { page, popup } = await openFixtureAndPopup(s);
    await waitForStableMarks(page);
    // Qualcomm is not flagged: its row is behind the fold.
    await popup.waitForSelector('#not-flagged-toggle');
    await popup.click('#not-flagged-toggle');
    await popup.waitForSelector('.company-row[data-company-id="qualcomm"]', { visible: true });
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    const activeRange = () =>
      page.evaluate(() => {
        const active = CSS.highlights.get('company-lens-active');
        let text = '';
        let top = Number.NaN;
        let left = Number.NaN;
        active?.forEach((range) => {
          text = (range as Range).toString();
          ({ top, left } = (range as Range).getBoundingClientRect());
        });
        return { text, top, left, scrollY: window.scrollY };
      });

    await popup.click('.company-row[data-company-id="qualcomm"]');
    const first = await waitUntil(activeRange, (a) => a.text === 'Qualcomm', { what: 'Qualcomm active' });
    expect(first.value.scrollY).toBeGreaterThan(0);
    const viewport = await page.evaluate(() => window.innerHeight);
    expect(first.value.top).toBeGreaterThanOrEqual(0);
    expect(first.value.top).toBeLessThan(viewport);

    await popup.click('.company-row[data-company-id="qualcomm"]');
    // Both mentions are in one line: the second is to the right of the first.
    const second = await waitUntil(activeRange, (a) => a.text === 'Qualcomm' && a.left !== first.value.left, {
      what: 'second Qualcomm mention active',
    });
    expect(second.value.left).toBeGreaterThan(first.value.left);
  });

  it('says so when the page cannot be scanned', async () => {
    const s = session();
    const helper = await s.openOptions();
    opened.push(helper);
    // Extension pages run no content script, like browser pages, stores and PDF viewers.
    const tabId = await ownTabId(helper);
    const popup = await s.openPopup(`?tabId=${tabId}`);
    opened.push(popup);
    const { value } = await waitUntil(
      () => statusText(popup),
      (t) => t.startsWith("Company Lens can't read this page"),
      { what: 'cannot-scan message' },
    );
    expect(value).toContain('PDF');
    expect(await popup.$('.company-row')).toBeNull();
    expect(await popup.$('#site-switch')).toBeNull();
  });

  it("the badge follows the tab to a new page, and the old page's frames are forgotten", async () => {
    const s = session();
    const { helper, page, tabId, popup } = await openFixtureAndPopup(s);
    await waitUntil(
      () => readBadgeText(helper, tabId),
      (text) => text === '4',
      { what: 'badge "4"' },
    );
    await page.bringToFront();
    await page.goto(s.fixtureUrl('other-site.html'), { waitUntil: 'load' });
    await waitForStableMarks(page);
    await waitUntil(
      () => readBadgeText(helper, tabId),
      (text) => text === '2',
      { what: 'badge "2" after navigating' },
    );
    // The open popup follows the tab's reports.
    const { value: list } = await waitUntil(
      () => readPopupList(popup),
      (l) => Object.keys(l).length === 2,
      { what: 'popup lists the new page' },
    );
    expect(list).toEqual({ ZTE: 1, Xiaomi: 1 });
  });

  it('the badge can be turned off', async () => {
    const s = session();
    const { helper, page, tabId } = await openFixtureAndPopup(s, { showBadge: false });
    await waitForStableMarks(page);
    // The background handles reports one at a time, the badge after the stored counts. A later report,
    // once stored, means the first one's badge step is done: the badge must still be empty.
    const before = await topFrameReport(helper, tabId);
    const total = (counts: Record<string, number> = {}) => Object.values(counts).reduce((a, b) => a + b, 0);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Huawei said so.';
      document.body.append(p);
    });
    await waitUntil(
      () => topFrameReport(helper, tabId),
      (report) => total(report?.counts) > total(before?.counts),
      { what: 'a later report stored' },
    );
    expect(await readBadgeText(helper, tabId)).toBe('');
    await replaceStoredSettings(helper, {});
    await waitUntil(
      () => readBadgeText(helper, tabId),
      (text) => text === '4',
      { what: 'badge back on' },
    );
  });

  it('has accessible switches and no errors', async () => {
    const s = session();
    const { popup } = await openFixtureAndPopup(s);
    await popup.waitForSelector('#site-switch');
    const switches = await popup.$$eval('input[role="switch"]', (inputs) =>
      inputs.map((input) => ({
        type: (input as HTMLInputElement).type,
        name: (input as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? '',
      })),
    );
    expect(switches.map((sw) => sw.type)).toEqual(['checkbox', 'checkbox']);
    expect(switches.every((sw) => sw.name.length > 0)).toBe(true);
    const [lang, dir] = await popup.evaluate(() => [
      document.documentElement.lang,
      document.documentElement.dir,
    ]);
    expect(lang).toMatch(/^en(-[A-Z]{2})?$/);
    expect(dir).toBe('ltr');
    await popup.waitForSelector('.company-row');
    expect(await axeViolations(popup)).toEqual([]);
  });
});
