/**
 * `npm run screenshots`: a gallery of what a user sees, from the built extension in real browsers,
 * written to `docs/screenshots/`: the card for a restricted, a contested and a not-flagged company,
 * light and dark, wide, narrow and at 200% zoom; an opened fact, all facts, a docked pinned card; the
 * source reader, the popup, the options page and its Knowledge packs section (a pack imported, an
 * import error, the replace dialog); the capture page, its edit mode, the options' My notes, and a
 * captured fact in its card with its edit and delete, then the Undo offered. Look at every picture after a UI change.
 * `--packs` (or `--capture`) takes only the packs (or capture) shots, in Chromium, keeping the rest
 * of the gallery.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import type { Browser as ExtensionApi } from 'webextension-polyfill';
import { inCardRoot } from '../test/support/card-root.ts';
import {
  newReportingTabId,
  replaceStoredSettings,
  reportingTabIds,
  waitUntil,
} from '../test/support/extension-state.ts';
import { startFixtureServer } from '../test/support/fixture-server.ts';
import {
  type BrowserName,
  type LaunchedBrowser,
  launchWithExtension,
} from '../test/support/launch-browser.ts';
import { chooseFile, clearPacks, importOutcome } from '../test/support/pack-page.ts';
import { middleOf, type PaintedMark, waitForStableMarks } from '../test/support/page-marks.ts';
import { setViewport, type Viewport } from '../test/support/viewport.ts';
import { demoPageHtml } from './demo-page.ts';

const OUT = 'docs/screenshots';
const WIDE: Viewport = { width: 1280, height: 900 };
const NARROW: Viewport = { width: 400, height: 800 };
const ZOOMED: Viewport = { width: 640, height: 450, deviceScaleFactor: 2 };
type Scheme = 'light' | 'dark';

async function setScheme(page: Page, scheme: Scheme) {
  // Chromium only: Firefox's BiDi has no media emulation in ESR 140; its shots stay light.
  if ((page.browser() as { protocol?: string }).protocol === 'cdp') {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  }
}

async function openDemo(launched: LaunchedBrowser, url: string, viewport: Viewport, scheme: Scheme) {
  const page = await launched.browser.newPage();
  await setViewport(page, viewport);
  await setScheme(page, scheme);
  await page.goto(url, { waitUntil: 'load' });
  await page.bringToFront();
  return page;
}

/** Scrolls the first mention of `text` to `at` (a fraction of the viewport height) and hovers it until its card shows. */
async function openCard(page: Page, text: string, at = 0.25): Promise<PaintedMark> {
  await waitForStableMarks(page);
  // Marks are painted near the viewport only: find the name in the page's text, and scroll it to `at`.
  const found = await page.evaluate(
    (name, f) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const index = node.textContent?.indexOf(name) ?? -1;
        if (index < 0) continue;
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + name.length);
        const r = range.getBoundingClientRect();
        window.scrollBy(0, r.y + r.height / 2 - innerHeight * f);
        return true;
      }
      return false;
    },
    text,
    at,
  );
  if (!found) throw new Error(`"${text}" is not on the demo page`);
  const { value } = await waitUntil(
    () => waitForStableMarks(page, { quietMs: 150 }),
    (marks) => marks.some((m) => m.text === text && m.rect.y > 0),
    { what: `the ${text} mark in view` },
  );
  const mark = value.find((m) => m.text === text && m.rect.y > 0) as PaintedMark;
  await page.mouse.move(1, 1);
  await page.mouse.move(...middleOf(mark), { steps: 4 });
  await waitUntil(
    () => inCardRoot(page, (root) => root.querySelector('.status') !== null),
    (open) => open === true,
    { timeoutMs: 5000, what: `the ${text} card` },
  );
  return mark;
}

async function clickInCard(page: Page, selector: string) {
  const box = await inCardRoot(
    page,
    (root, sel) => {
      const r = (root.querySelector(sel) as HTMLElement).getBoundingClientRect();
      return { x: r.x + Math.min(20, r.width / 2), y: r.y + r.height / 2 };
    },
    selector,
  );
  if (!box) throw new Error(`${selector} is not in the card`);
  await page.mouse.click(box.x, box.y);
}

/** Lets the card finish its re-render and the browser paint it. */
const settle = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** `fullPage`: the whole page, for a form whose buttons are below the fold. */
async function shoot(page: Page, name: string, { fullPage = false } = {}) {
  await settle(page);
  const path = join(OUT, `${name}.png`);
  await page.screenshot({ path, fullPage, captureBeyondViewport: fullPage });
  console.log(`  ${path}`);
}

async function cards(launched: LaunchedBrowser, url: string, browser: BrowserName) {
  const prefix = browser === 'chromium' ? 'card' : 'firefox-card';
  const schemes: Scheme[] = browser === 'chromium' ? ['light', 'dark'] : ['light'];
  for (const scheme of schemes) {
    for (const [company, text] of [
      ['contested', 'Xiaomi'],
      ['restricted', 'Huawei'],
      ['not-flagged', 'Qualcomm'],
    ] as const) {
      const page = await openDemo(launched, url, WIDE, scheme);
      await openCard(page, text);
      await shoot(page, `${prefix}-${company}-${scheme}`);
      await page.close();
    }
    const narrow = await openDemo(launched, url, NARROW, scheme);
    await openCard(narrow, 'Xiaomi');
    await shoot(narrow, `${prefix}-narrow-${scheme}`);
    await narrow.close();
    const zoomed = await openDemo(launched, url, ZOOMED, scheme);
    await openCard(zoomed, 'Xiaomi', 0.5);
    await shoot(zoomed, `${prefix}-zoom200-${scheme}`);
    await zoomed.close();
  }
  if (browser !== 'chromium') return;
  const page = await openDemo(launched, url, WIDE, 'light');
  await openCard(page, 'Xiaomi');
  await clickInCard(page, '.toggle');
  await shoot(page, 'card-fact-open-light');
  await clickInCard(page, '.show-all');
  await shoot(page, 'card-all-facts-light');
  await page.keyboard.press('Escape');
  const mark = await openCard(page, 'Xiaomi');
  await page.mouse.click(...middleOf(mark));
  await page.evaluate(() => window.scrollBy(0, innerHeight * 2));
  await waitUntil(
    () => inCardRoot(page, (root) => root.querySelector('.docked') !== null),
    (docked) => docked === true,
    { what: 'the pinned card to dock' },
  );
  await shoot(page, 'card-pinned-docked-light');
  await page.close();
}

async function extensionPages(launched: LaunchedBrowser, url: string) {
  const helper = await launched.openExtensionPage('src/options/index.html');
  await replaceStoredSettings(helper, {});
  const known = await reportingTabIds(helper);
  const demo = await openDemo(launched, url, WIDE, 'light');
  const tabId = await newReportingTabId(helper, known);
  for (const scheme of ['light', 'dark'] as const) {
    const popup = await launched.openExtensionPage(
      `src/popup/index.html?tabId=${tabId}`,
      'main.popup footer',
    );
    await setViewport(popup, { width: 360, height: 600 });
    await setScheme(popup, scheme);
    await shoot(popup, `popup-${scheme}`);
    await popup.close();

    for (const [size, viewport] of [
      ['wide', WIDE],
      ['narrow', NARROW],
    ] as const) {
      const options = await launched.openExtensionPage('src/options/index.html', 'main h1');
      await setViewport(options, viewport);
      await setScheme(options, scheme);
      await shoot(options, `options-${size}-${scheme}`);
      await options.close();
    }

    const reader = await launched.openExtensionPage(
      'src/reader/index.html?article=000_5c88bbee9d896a2e&fact=xiaomi-dod-listing-blocked-by-judge',
      'mark',
    );
    await setViewport(reader, WIDE);
    await setScheme(reader, scheme);
    await reader.evaluate(() => document.querySelector('mark')?.scrollIntoView({ block: 'center' }));
    await shoot(reader, `reader-${scheme}`);
    await reader.close();
  }
  await demo.close();
  await helper.close();
}

/** The options page's Knowledge packs section with a pack imported, an import error, and the replace dialog. */
async function packs(launched: LaunchedBrowser) {
  const fixture = (name: string) => resolve('test/fixtures/packs', name);
  const page = await launched.openExtensionPage('src/options/index.html', '#pack-list > li');
  await clearPacks(page);
  await importOutcome(page, () => chooseFile(page, fixture('fixture-news-1.0.0.pack.json')));
  await page.close();
  for (const scheme of ['light', 'dark'] as const) {
    for (const [size, viewport] of [
      ['wide', WIDE],
      ['narrow', NARROW],
    ] as const) {
      const options = await launched.openExtensionPage('src/options/index.html', '#pack-list > li + li');
      await setViewport(options, viewport);
      await setScheme(options, scheme);
      await options.evaluate(() => document.getElementById('packs-heading')?.scrollIntoView());
      await shoot(options, `options-packs-${size}-${scheme}`);
      await importOutcome(options, () => chooseFile(options, fixture('missing-quote.pack.json')));
      await options.evaluate(() =>
        document.getElementById('pack-import-status')?.scrollIntoView({ block: 'center' }),
      );
      await shoot(options, `options-packs-error-${size}-${scheme}`);
      await chooseFile(options, fixture('fixture-news-0.9.0.pack.json'));
      await options.waitForSelector('#pack-replace-dialog[open]');
      await shoot(options, `options-packs-replace-${size}-${scheme}`);
      await options.close();
    }
  }
}

const NOTE_QUOTE =
  'The Commerce Department said on Thursday that Xiaomi would face new licence checks on chip imports.';
const NOTE_SUMMARY = 'Xiaomi faces licence checks on chip imports.';

/** The id of the first fact of "My notes", read from the pack store by one of our pages. */
const firstNoteId = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string>((done, fail) => {
        const open = indexedDB.open('company-lens-packs');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('packs').objectStore('packs').get('my-notes');
          get.onsuccess = () => {
            const pack = get.result as { companies: { facts: { id: string }[] }[] } | undefined;
            open.result.close();
            const id = pack?.companies[0]?.facts[0]?.id;
            if (id) done(id);
            else fail(new Error('no note stored'));
          };
        };
      }),
  );

/**
 * The capture page on a selection (its draft written to session storage as the background writes
 * it), its edit mode on the fact it stored, and that fact in Xiaomi's card: opened, with its edit and
 * delete, then deleted with Undo offered.
 */
async function capture(launched: LaunchedBrowser, url: string) {
  const helper = await launched.openExtensionPage('src/options/index.html');
  await clearPacks(helper);
  const draftId = await helper.evaluate(async (quote) => {
    const g = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
    const id = 'screenshot-draft';
    await (g.browser ?? g.chrome).storage.session.set({
      [`capture-draft:${id}`]: {
        capturedOn: '2026-12-06',
        reading: {
          ok: true,
          quote,
          before: 'WASHINGTON —',
          after: 'The company did not comment.',
          url: 'https://news.example/2024/05/16/chip-licences',
          title: 'US tightens chip export licences',
          siteName: 'News Example',
          publishedDate: { value: '2024-05-16', source: 'article:published_time' },
        },
      },
    });
    return id;
  }, NOTE_QUOTE);
  const sizes = [
    ['wide', WIDE],
    ['narrow', NARROW],
  ] as const;
  for (const scheme of ['light', 'dark'] as const) {
    for (const [size, viewport] of sizes) {
      const form = await launched.openExtensionPage(
        `src/capture/index.html?draft=${draftId}`,
        '#capture-save',
      );
      await setViewport(form, viewport);
      await setScheme(form, scheme);
      await shoot(form, `capture-${size}-${scheme}`, { fullPage: true });
      await form.close();
    }
  }
  const form = await launched.openExtensionPage(`src/capture/index.html?draft=${draftId}`, '#capture-save');
  await form.$eval('#capture-summary', (el) => {
    (el as HTMLTextAreaElement).value = '';
  });
  await form.type('#capture-summary', NOTE_SUMMARY);
  await form.click('#capture-save');
  await form.waitForSelector('.capture-saved');
  await form.close();
  const factId = await firstNoteId(helper);
  for (const scheme of ['light', 'dark'] as const) {
    for (const [size, viewport] of sizes) {
      const options = await launched.openExtensionPage('src/options/index.html', '#note-list li');
      await setViewport(options, viewport);
      await setScheme(options, scheme);
      await options.evaluate(() => document.getElementById('notes-heading')?.scrollIntoView());
      await shoot(options, `options-notes-${size}-${scheme}`);
      await options.close();
    }
  }
  for (const scheme of ['light', 'dark'] as const) {
    for (const [size, viewport] of sizes) {
      const editor = await launched.openExtensionPage(
        `src/capture/index.html?edit=${factId}`,
        '#capture-save',
      );
      await setViewport(editor, viewport);
      await setScheme(editor, scheme);
      // The kind with the most fields: a status, with its level and label.
      await editor.select('#capture-category', 'status');
      await editor.type('#capture-label', 'Licence required for chip imports');
      await shoot(editor, `capture-edit-${size}-${scheme}`, { fullPage: true });
      await editor.close();
    }
  }
  for (const scheme of ['light', 'dark'] as const) {
    const page = await openDemo(launched, url, WIDE, scheme);
    const mark = await openCard(page, 'Xiaomi');
    // Pinned, so that the card stays while its controls are used.
    await page.mouse.click(...middleOf(mark));
    await waitUntil(
      () =>
        inCardRoot(
          page,
          (root, wanted) => {
            const toggle = [...root.querySelectorAll('.toggle')].find(
              (b) => b.querySelector('.summary')?.textContent === wanted,
            ) as HTMLButtonElement | undefined;
            if (toggle?.getAttribute('aria-expanded') === 'false') toggle.click();
            return root.querySelector('.delete-note') !== null;
          },
          NOTE_SUMMARY,
        ),
      (shown) => shown === true,
      { what: 'the captured fact opened in its card' },
    );
    await inCardRoot(page, (root) => root.querySelector('.edit-note')?.scrollIntoView({ block: 'center' }));
    await shoot(page, `card-note-${scheme}`);
    await inCardRoot(page, (root) => (root.querySelector('.delete-note') as HTMLButtonElement).click());
    await waitUntil(
      () => inCardRoot(page, (root) => root.querySelector('.note-undo') !== null),
      (shown) => shown === true,
      { what: 'the Undo after a delete' },
    );
    await inCardRoot(page, (root) => (root.querySelector('.note-undo') as HTMLButtonElement).blur());
    await shoot(page, `card-note-deleted-${scheme}`);
    if (scheme === 'dark') {
      // Last: an Undo that cannot restore says why. Its undo is forgotten, as when the browser
      // session it lasts for ends.
      await helper.evaluate(async () => {
        const g = globalThis as unknown as { chrome: { storage: { session: { clear(): Promise<void> } } } };
        await g.chrome.storage.session.clear();
      });
    }
    await inCardRoot(page, (root) => (root.querySelector('.note-undo') as HTMLButtonElement).click());
    const said = scheme === 'dark' ? 'its undo has expired' : 'Fact restored.';
    await waitUntil(
      () => inCardRoot(page, (root, text) => root.textContent?.includes(text) === true, said),
      (shown) => shown === true,
      { what: `the card saying “${said}”` },
    );
    if (scheme === 'dark') {
      await shoot(page, 'card-note-undo-failed-dark');
      // The longest status the card says, where it has least room.
      for (const [size, viewport] of [
        ['narrow', NARROW],
        ['zoom200', ZOOMED],
      ] as const) {
        await setViewport(page, viewport);
        await inCardRoot(page, (root) =>
          root.querySelector('.note-status')?.scrollIntoView({ block: 'nearest' }),
        );
        await shoot(page, `card-note-undo-failed-${size}-dark`);
      }
    }
    await page.close();
  }
  await helper.close();
}

async function main() {
  if (process.argv.includes('--packs')) {
    const launched = await launchWithExtension('chromium');
    try {
      await packs(launched);
    } finally {
      await launched.close();
    }
    return;
  }
  if (process.argv.includes('--capture')) {
    const server = await startFixtureServer([], { '/demo.html': () => demoPageHtml() });
    const launched = await launchWithExtension('chromium');
    try {
      await capture(launched, `${server.origin}/demo.html`);
    } finally {
      await launched.close();
      await server.close();
    }
    return;
  }
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const server = await startFixtureServer([], { '/demo.html': () => demoPageHtml() });
  const url = `${server.origin}/demo.html`;
  try {
    for (const browser of ['chromium', 'firefox'] as const) {
      console.log(`${browser}:`);
      const launched = await launchWithExtension(browser);
      try {
        await cards(launched, url, browser);
        if (browser === 'chromium') {
          await extensionPages(launched, url);
          await packs(launched);
          await capture(launched, url);
        }
      } finally {
        await launched.close();
      }
    }
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
