/**
 * The quieter marking option in both browsers: only the first mention of each company in each
 * section (article, section or main, else the page) is painted, while hover, the popup's counts and
 * next/previous navigation still know every mention. The setting applies live, and a new earlier
 * mention takes over the mark.
 */
import type { Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import type { Browser as ExtensionApi } from 'webextension-polyfill';
import {
  newReportingTabId,
  replaceStoredSettings,
  reportingTabIds,
  waitUntil,
} from '../support/extension-state.ts';
import { trackOpenedPages } from '../support/opened-pages.ts';
import { type BrowserSession, forEachBrowser } from './harness.ts';

const FIXTURE = 'quiet-marks.html';
const FIRST_PER_SECTION = [
  'Huawei@a1-title:11',
  'Xiaomi@a1-title:0',
  'Xiaomi@a2-body:0',
  'Xiaomi@a2-section:0',
  'Xiaomi@head:0',
];
const EVERY = [
  ...FIRST_PER_SECTION,
  'Huawei@a1-body:52',
  'Xiaomi@a1-body:0',
  'Xiaomi@a1-body:27',
  'Xiaomi@a2-body:21',
  'Xiaomi@foot:0',
].sort();

const { opened } = trackOpenedPages();

/**
 * Where the painted marks are (or the open card's mention, for `company-lens-active`), from the
 * page's own world: "text@id-of-the-element:offset", sorted.
 */
const placesIn = (page: Page, active = false): Promise<string[]> =>
  page.evaluate((wantActive) => {
    const places: string[] = [];
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('company-lens-') || name.startsWith('company-lens-fill-')) return;
      if ((name === 'company-lens-active') !== wantActive) return;
      highlight.forEach((r) => {
        const range = r as Range;
        const id = range.startContainer.parentElement?.closest('[id]')?.id;
        places.push(`${range.toString()}@${id}:${range.startOffset}`);
      });
    });
    return places.sort();
  }, active);

const waitForPlaces = (page: Page, expected: string[], what: string) =>
  waitUntil(
    () => placesIn(page),
    (places) => JSON.stringify(places) === JSON.stringify(expected),
    { what },
  );

async function openQuietFixture(s: BrowserSession) {
  const helper = await s.openOptions();
  opened.push(helper);
  await replaceStoredSettings(helper, { markMentions: 'first-per-section' });
  const known = await reportingTabIds(helper);
  const page = await s.openFixture(FIXTURE);
  opened.push(page);
  await page.bringToFront();
  const tabId = await newReportingTabId(helper, known);
  return { helper, page, tabId };
}

forEachBrowser('quiet marks', (session) => {
  it('paints the first mention per section; the popup still counts every mention', async () => {
    const s = session();
    const { page, tabId } = await openQuietFixture(s);
    await waitForPlaces(page, FIRST_PER_SECTION, 'the first mentions painted');
    const popup = await s.openPopup(`?tabId=${tabId}`);
    opened.push(popup);
    const { value: counts } = await waitUntil(
      () =>
        popup.$$eval('.company-row', (rows) =>
          rows.map(
            (row) =>
              `${row.querySelector('.company-name')?.textContent}=${row.querySelector('.company-count')?.textContent}`,
          ),
        ),
      (rows) => rows.length === 2,
      { what: 'two companies listed' },
    );
    expect(counts).toEqual(['Huawei=2', 'Xiaomi=8']);
  });

  it('opens the card of a mention that is not painted', async () => {
    const s = session();
    const { page } = await openQuietFixture(s);
    await waitForPlaces(page, FIRST_PER_SECTION, 'the first mentions painted');
    // The second "Xiaomi" of the first article's body: indexed, not painted.
    const at = await page.evaluate(() => {
      const text = document.getElementById('a1-body')?.firstChild as Text;
      const range = document.createRange();
      range.setStart(text, 27);
      range.setEnd(text, 33);
      const r = range.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2, text: range.toString() };
    });
    expect(at.text).toBe('Xiaomi');
    await page.mouse.move(at.x, at.y, { steps: 5 });
    await waitUntil(
      () =>
        page.evaluate(() => document.querySelector('[company-lens-card]')?.matches(':popover-open') ?? false),
      (open) => open,
      { what: 'the card to open' },
    );
    expect(await placesIn(page, true)).toEqual(['Xiaomi@a1-body:27']);
  });

  it('next/previous navigation stops at every mention, painted or not', async () => {
    const s = session();
    const { helper, page, tabId } = await openQuietFixture(s);
    await waitForPlaces(page, FIRST_PER_SECTION, 'the first mentions painted');
    // The same message the background sends for the `next-mention` command.
    const step = () =>
      helper.evaluate(async (id) => {
        const g = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
        return (g.browser ?? g.chrome).tabs.sendMessage(
          id,
          { type: 'step-mention', direction: 1 },
          { frameId: 0 },
        );
      }, tabId);
    const visited: string[] = [];
    for (let i = 0; i < EVERY.length; i++) {
      expect(await step()).toBe(true);
      const { value } = await waitUntil(
        () => placesIn(page, true),
        (places) => places.length === 1 && places[0] !== visited.at(-1),
        { what: `stop ${i + 1}` },
      );
      visited.push(value[0] as string);
    }
    expect([...visited].sort()).toEqual(EVERY);
  });

  it('follows the setting live, and a new earlier mention takes over the mark', async () => {
    const s = session();
    const { helper, page } = await openQuietFixture(s);
    await waitForPlaces(page, FIRST_PER_SECTION, 'the first mentions painted');
    // A page-world flag that a reload would lose.
    await page.evaluate(() => {
      (window as unknown as { stillHere: boolean }).stillHere = true;
    });

    await replaceStoredSettings(helper, {});
    await waitForPlaces(page, EVERY, 'every mention painted');
    await replaceStoredSettings(helper, { markMentions: 'first-per-section' });
    await waitForPlaces(page, FIRST_PER_SECTION, 'the first mentions painted again');
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);

    await page.evaluate(() => {
      const lead = document.createElement('p');
      lead.id = 'a2-lead';
      lead.textContent = 'Lead: Xiaomi first.';
      document.getElementById('a2')?.prepend(lead);
    });
    const withLead = FIRST_PER_SECTION.map((p) => (p === 'Xiaomi@a2-body:0' ? 'Xiaomi@a2-lead:6' : p)).sort();
    await waitForPlaces(page, withLead, 'the new first mention painted instead');
    await page.evaluate(() => document.getElementById('a2-lead')?.remove());
    await waitForPlaces(page, FIRST_PER_SECTION, 'the mark back on the old first mention');
  });
});
