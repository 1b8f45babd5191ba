/**
 * Pages that fight back (issue #18), in real Chromium and Firefox: each fixture in
 * `test/fixtures/hostile/` does one thing real sites do that broke the marks or the card.
 * `docs/hostile-pages.md` says what the extension guarantees on such pages and what it cannot.
 *
 * The card's host is found from the page's world by its `company-lens-card` attribute (its shadow
 * root is closed); "the card works" means the host is in the top layer, the top element at its
 * centre (so it takes clicks) and takes focus when clicked.
 * Functions passed to `evaluate` are arrow functions: tsx's keepNames breaks named ones in the browser.
 */
import { resolve } from 'node:path';
import type { Frame, Page } from 'puppeteer-core';
import { afterEach, expect, it } from 'vitest';
import { GECKO_ID } from '../../scripts/manifest-for-browser.ts';
import { replaceStoredSettings, waitUntil } from '../support/extension-state.ts';
import {
  type PaintedMark,
  readMarks,
  rememberHighlights,
  waitForFreshHighlights,
  waitForStableMarks,
} from '../support/page-marks.ts';
import { type BrowserSession, forEachBrowser } from './harness.ts';

const HOST = '[company-lens-card]';

const opened: Page[] = [];
afterEach(async () => {
  for (const page of opened.splice(0)) await page.close().catch(() => {});
});

async function open(s: BrowserSession, path: string): Promise<Page> {
  const page = await s.openFixture(`hostile/${path}`);
  opened.push(page);
  await page.bringToFront();
  return page;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The shown card's box, if the card is in the top layer and the top element at its centre. */
const usableCard = (page: Page): Promise<Box | null> =>
  page.evaluate((selector) => {
    const host = [...document.querySelectorAll(selector)].find((h) => h.matches(':popover-open'));
    if (!host) return null;
    const r = host.getBoundingClientRect();
    if (r.width === 0) return null;
    const top = document.elementFromPoint(r.x + r.width / 2, r.y + Math.min(40, r.height / 2));
    return top === host ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
  }, HOST);

const waitForUsableCard = async (page: Page, what = 'a usable card'): Promise<Box> =>
  (
    await waitUntil(
      () => usableCard(page),
      (box) => box !== null,
      { timeoutMs: 5000, what },
    )
  ).value as Box;

/** What the page's world finds at the card's centre, to name in a failure. */
const whatIsOnTop = (page: Page) =>
  page.evaluate((selector) => {
    const host = [...document.querySelectorAll(selector)].find((h) => h.matches(':popover-open'));
    if (!host) return 'no card shown';
    const r = host.getBoundingClientRect();
    return document.elementFromPoint(r.x + r.width / 2, r.y + Math.min(40, r.height / 2))?.localName;
  }, HOST);

/** Hosts of ours still on screen: connected and with a box. */
const visibleHosts = (page: Page): Promise<number> =>
  page.evaluate(
    (selector) =>
      [...document.querySelectorAll(selector)].filter((h) => h.getBoundingClientRect().width > 0).length,
    HOST,
  );

const cardHasFocus = (page: Page): Promise<boolean> =>
  page.evaluate((selector) => document.activeElement?.matches(selector) ?? false, HOST);

async function markNamed(page: Page, text: string): Promise<PaintedMark> {
  const { value } = await waitUntil(
    () => readMarks(page),
    (marks) => marks.some((m) => m.text === text),
    { timeoutMs: 10_000, what: `a mark on ${text}` },
  );
  return value.find((m) => m.text === text) as PaintedMark;
}

const centre = (r: Box) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

async function hover(page: Page, mark: PaintedMark): Promise<void> {
  const { x, y } = centre(mark.rect);
  await page.mouse.move(x, y, { steps: 5 });
}

/** Clicks the card's heading (not a button), which focuses the card. */
async function clickCard(page: Page, box: Box): Promise<void> {
  await page.mouse.click(box.x + 24, box.y + 22);
}

const markTexts = async (target: Page | Frame): Promise<string[]> =>
  (await readMarks(target as Page)).map((m) => m.text).sort();

forEachBrowser('hostile pages', (session) => {
  it('1. puts its marks back after the page clears the highlight registry', async () => {
    const page = await open(session(), 'highlights-clear.html');
    expect((await waitForStableMarks(page)).map((m) => m.text).sort()).toEqual(['Huawei', 'Xiaomi', 'ZTE']);
    await page.click('#find');
    await waitUntil(
      () => markTexts(page),
      (texts) => texts.join() === 'Huawei,Xiaomi,ZTE',
      { timeoutMs: 3000, what: 'the three marks back after CSS.highlights.clear()' },
    );
    // The page's own highlight stays: we put back ours, nothing else.
    expect(await page.evaluate(() => CSS.highlights.has('page-find'))).toBe(true);
    await page.evaluate(() => {
      (document.getElementById('later') as HTMLElement).textContent = 'Qualcomm said nothing.';
    });
    await waitUntil(
      () => markTexts(page),
      (texts) => texts.join() === 'Huawei,Qualcomm,Xiaomi,ZTE',
      { timeoutMs: 5000, what: 'every mark after a later text change' },
    );
  });

  it('2a. opens a usable card for a name inside a modal dialog', async () => {
    const page = await open(session(), 'modal-dialog.html');
    await hover(page, await markNamed(page, 'Xiaomi'));
    const box = await waitForUsableCard(page, `a usable card (on top: ${await whatIsOnTop(page)})`);
    // Into the card and a click on it: it stays, takes focus, and the page's dialog stays open.
    await page.mouse.move(box.x + 24, box.y + 22, { steps: 8 });
    await clickCard(page, box);
    await waitUntil(() => cardHasFocus(page), Boolean, { timeoutMs: 2000, what: 'focus in the card' });
    expect(await usableCard(page)).not.toBeNull();
    expect(await page.evaluate(() => (document.getElementById('modal') as HTMLDialogElement).open)).toBe(
      true,
    );
    await page.keyboard.press('Escape');
    await waitUntil(
      () => usableCard(page),
      (b) => b === null,
      { timeoutMs: 2000, what: 'the card to close' },
    );
  });

  it('2b. comes above top-layer elements the page shows while the card is open', async () => {
    const page = await open(session(), 'modal-dialog.html#no-modal');
    const mark = await markNamed(page, 'Huawei');
    await page.mouse.click(centre(mark.rect).x, centre(mark.rect).y); // pinned
    await waitForUsableCard(page);
    await page.evaluate(() => (document.getElementById('banner') as HTMLElement).showPopover());
    await waitForUsableCard(page, 'the card above the page banner');
    // A modal dialog opened now makes the rest of the page inert: the card must still take clicks.
    await page.evaluate(() => (document.getElementById('modal') as HTMLDialogElement).showModal());
    const box = await waitForUsableCard(page, 'the card above the modal dialog');
    await clickCard(page, box);
    await waitUntil(() => cardHasFocus(page), Boolean, { timeoutMs: 2000, what: 'focus in the card' });
  });

  it('4a. drops the marks of a block made editable after it was marked', async () => {
    const page = await open(session(), 'editable.html');
    expect((await waitForStableMarks(page)).map((m) => m.text).sort()).toEqual(['Huawei', 'Xiaomi', 'ZTE']);
    await page.click('#edit');
    await waitUntil(
      () => markTexts(page),
      (texts) => texts.join() === 'ZTE',
      { timeoutMs: 3000, what: 'only the read-only paragraph marked' },
    );
    // Made read-only again: marked again.
    await page.evaluate(() =>
      (document.getElementById('draft') as HTMLElement).removeAttribute('contenteditable'),
    );
    await waitUntil(
      () => markTexts(page),
      (texts) => texts.join() === 'Huawei,Xiaomi,ZTE',
      { timeoutMs: 3000, what: 'the marks back once read-only' },
    );
  });

  it('4b. drops the marks of a document switched to designMode once the user types', async () => {
    const page = await open(session(), 'editable.html');
    expect((await waitForStableMarks(page)).length).toBe(3);
    await page.evaluate(() => {
      document.designMode = 'on';
    });
    await page.click('#plain');
    await page.keyboard.type('x');
    await waitUntil(
      () => markTexts(page),
      (texts) => texts.length === 0,
      {
        timeoutMs: 3000,
        what: 'no marks left in the editable document',
      },
    );
  });

  it('5. marks srcdoc and about:blank frames, under the per-site switch of their parent', async () => {
    const s = session();
    const options = await s.openOptions();
    opened.push(options);
    await replaceStoredSettings(options, {});
    const page = await open(s, 'frames.html');
    const frameMarks = () => Promise.all(page.frames().map((frame) => markTexts(frame)));
    const all = ['Huawei', 'Xiaomi', 'ZTE'];
    await waitUntil(
      async () => (await frameMarks()).flat().sort(),
      (texts) => texts.join() === all.join(),
      { timeoutMs: 10_000, what: 'a mark in each frame' },
    );
    expect(page.frames().map((f) => f.url().split(':')[0])).toEqual(['http', 'about', 'about']);
    try {
      await replaceStoredSettings(options, { disabledSites: ['127.0.0.1'] });
      await waitUntil(frameMarks, (marks) => marks.every((m) => m.length === 0), {
        timeoutMs: 5000,
        what: 'every frame unmarked once the site is switched off',
      });
    } finally {
      await replaceStoredSettings(options, {});
    }
  });

  it('6. opens the card on a page that stops pointer events at window capture', async () => {
    const page = await open(session(), 'stop-pointer.html');
    const mark = await markNamed(page, 'Xiaomi');
    await hover(page, mark);
    await waitForUsableCard(page, 'a card opened by hovering');
    await page.keyboard.press('Escape');
    await waitUntil(
      () => usableCard(page),
      (b) => b === null,
      { timeoutMs: 2000, what: 'the card to close' },
    );
    await page.mouse.click(centre(mark.rect).x, centre(mark.rect).y);
    await waitForUsableCard(page, 'a card pinned by a click');
  });

  it('7. opens the card on a page that defined the company-lens-card element first', async () => {
    const page = await open(session(), 'custom-element.html');
    await hover(page, await markNamed(page, 'Xiaomi'));
    await waitForUsableCard(page);
  });

  it('8. shows the card again after the page removed it', async () => {
    const page = await open(session(), 'removes-host.html');
    await hover(page, await markNamed(page, 'Xiaomi'));
    await waitForUsableCard(page);
    // A click on the page closes the card, and the page removes our host with the click.
    await page.mouse.click(5, 5);
    await waitUntil(
      () => visibleHosts(page),
      (n) => n === 0,
      { timeoutMs: 2000, what: 'the host removed' },
    );
    await hover(page, await markNamed(page, 'Huawei'));
    await waitForUsableCard(page, 'the card back');
  });

  it('9. opens the card after the page rewrote itself with document.open()', async () => {
    const page = await open(session(), 'document-open.html');
    await page.evaluate(() => (window as unknown as { rewrite(): void }).rewrite());
    const mark = await markNamed(page, 'Xiaomi');
    await hover(page, mark);
    const box = await waitForUsableCard(page);
    await clickCard(page, box);
    await waitUntil(() => cardHasFocus(page), Boolean, { timeoutMs: 2000, what: 'focus in the card' });
    await page.keyboard.press('Escape');
    await waitUntil(
      () => usableCard(page),
      (b) => b === null,
      { timeoutMs: 2000, what: 'the card to close' },
    );
  });

  it('10. opens the card for a name 50 shadow roots deep', async () => {
    const page = await open(session(), 'deep-shadow.html');
    await hover(page, await markNamed(page, 'Xiaomi'));
    await waitForUsableCard(page);
  });
});

// A browser of its own: the extension is removed and installed again.
forEachBrowser('hostile pages: the add-on goes away', (session) => {
  it('3. leaves no card on screen when removed, and a reinstall removes the old one', async () => {
    const s = session();
    const page = await open(s, 'orphan.html');
    const mark = await markNamed(page, 'Xiaomi');
    await page.mouse.click(centre(mark.rect).x, centre(mark.rect).y); // pinned
    await waitForUsableCard(page);

    // The highlights registered now, to tell the new instance's from these.
    await rememberHighlights(page);
    const id = s.name === 'firefox' ? GECKO_ID : new URL(s.extensionOrigin).host;
    await s.browser.uninstallExtension(id);
    await waitUntil(
      () => visibleHosts(page),
      (n) => n === 0,
      {
        timeoutMs: 5000,
        what: 'no card of the removed add-on on screen',
      },
    );

    await s.browser.installExtension(resolve(s.name === 'firefox' ? 'dist/firefox' : 'dist/chrome'));
    // Firefox runs the new content scripts in open tabs; Chromium only in pages loaded from now on.
    if (s.name === 'chromium') await page.reload({ waitUntil: 'load' });
    // In Firefox the new instance runs once its gate has had the lens loaded: hover once it has
    // registered highlights of its own, not the old instance's left in the page's registry.
    else await waitForFreshHighlights(page);
    await markNamed(page, 'Xiaomi');
    expect(await page.evaluate((selector) => document.querySelectorAll(selector).length, HOST)).toBe(0);
    await hover(page, await markNamed(page, 'Xiaomi'));
    await waitForUsableCard(page, 'a card from the new instance');
    expect(await page.evaluate((selector) => document.querySelectorAll(selector).length, HOST)).toBe(1);
  });
});
