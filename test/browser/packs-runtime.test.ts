/**
 * Knowledge packs at run time, in real Chromium and Firefox: a pack put into the store (as the options
 * page does) reaches an open tab without a reload: its names are marked, its card shows the pack's
 * facts with their source and the pack's name; a new version shows its change; disabling or removing
 * it takes its marks away, also through the options page's own controls. Every wait is on a
 * signal: the page's highlights, the card's host, its text, the options page's outcome.
 * Functions passed to `evaluate` are arrow functions: tsx's keepNames breaks named ones in the browser.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser as ExtensionApi } from 'webextension-polyfill';
import { loadCommonWords } from '../../scripts/data/common-words.ts';
import { syntheticPack } from '../../scripts/synthetic-pack/synthetic-pack.ts';
import { fixturePack } from '../../src/shared/pack/fixture-sources.ts';
import type { Pack } from '../../src/shared/pack/pack-schema.ts';
import { inCardRoot } from '../support/card-root.ts';
import { newReportingTabId, reportingTabIds, waitUntil } from '../support/extension-state.ts';
import { waitForNewTabAt } from '../support/new-tab.ts';
import { chooseFile, importOutcome } from '../support/pack-page.ts';
import { changePackStore } from '../support/pack-store-writer.ts';
import { middleOf, readMarks } from '../support/page-marks.ts';
import { forEachBrowser } from './harness.ts';

const PACK_NAME = 'Acme Compliance Notes';

function acmePack(version: string, acmeSummary: string): Pack {
  const pack = structuredClone(fixturePack()) as unknown as Pack;
  pack.header = { ...pack.header, id: 'acme-notes', name: PACK_NAME, version };
  const acme = pack.companies.find((c) => c.id === 'acme');
  const fact = acme?.facts[0];
  if (!fact) throw new Error('the fixture pack lost its Acme fact');
  fact.summary = acmeSummary;
  return pack;
}

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Packs at run time</title>
<style>body { font: 20px/1.6 sans-serif; margin: 40px; }</style></head>
<body>
  <p>Xiaomi shipped more phones this year.</p>
  <p>Acme Widgets met Zenith Corp in Berlin.</p>
</body></html>`;

/**
 * A pack whose matcher is beyond what every frame should hold (`MAX_SHARED_RUNTIME_BYTES`): frames
 * then get a matcher of their own page's names from the background.
 */
const LARGE = syntheticPack({ companies: 5000, seed: 7, commonWords: loadCommonWords() });
const LARGE_COMPANY = LARGE.companies[2345];
const LARGE_NAME = LARGE_COMPANY?.aliases[0]?.text ?? '';
const LARGE_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A large pack</title>
<style>body { font: 20px/1.6 sans-serif; margin: 40px; }</style></head>
<body>
  <p>Xiaomi shipped more phones this year.</p>
  <div><p>Analysts said</p><p>${LARGE_NAME} signed a new contract.</p></div>
</body></html>`;

/** Names of the large pack that a page brings in later, or holds in shadow roots. */
const largeName = (index: number) => LARGE.companies[index]?.aliases[0]?.text ?? `(no company ${index})`;
const [IN_SHADOW, ADDED, ADDED_IN_SHADOW, LATE_SHADOW] = [1111, 3333, 4444, 4888].map(largeName);
const LARGE_LATER_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A large pack, text that comes later</title>
<style>body { font: 20px/1.6 sans-serif; margin: 40px; }</style></head>
<body>
  <p>Xiaomi shipped more phones this year.</p>
  <p>${LARGE_NAME} signed a new contract.</p>
  <div><template shadowrootmode="open"><p>${IN_SHADOW} opened a plant.</p></template></div>
  <x-late-card></x-late-card>
</body></html>`;

const markedTexts = async (page: Page) => [...new Set((await readMarks(page)).map((m) => m.text))].sort();

function waitForMarked(page: Page, expected: string[], what: string) {
  return waitUntil(
    () => markedTexts(page),
    (texts) => JSON.stringify(texts) === JSON.stringify([...expected].sort()),
    { timeoutMs: 20_000, intervalMs: 50, what },
  );
}

/** The revision of the runtime the background wrote for the tabs (`src/shared/pack-runtime.ts`). */
const runtimeRevision = (extensionPage: Page): Promise<string | null> =>
  extensionPage.evaluate(async () => {
    const g = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
    const stored = (await (g.browser ?? g.chrome).storage.local.get('packs-runtime'))['packs-runtime'];
    return (stored as { revision?: string } | undefined)?.revision ?? null;
  });

/** The card's text once it is open on `name` (hovered), with its first fact opened. */
async function cardTextFor(page: Page, name: string): Promise<string> {
  await page.mouse.move(1, 1);
  const mark = (await readMarks(page)).find((m) => m.text === name);
  if (!mark) throw new Error(`${name} is not marked`);
  await page.mouse.move(...middleOf(mark), { steps: 5 });
  const { value } = await waitUntil(
    () => inCardRoot(page, (root) => root.querySelector('.toggle') !== null),
    (ready) => ready === true,
    { timeoutMs: 10_000, what: `the card of ${name}` },
  );
  expect(value).toBe(true);
  await inCardRoot(page, (root) => (root.querySelector('.toggle') as HTMLButtonElement).click());
  const { value: text } = await waitUntil(
    () => inCardRoot(page, (root) => root.querySelector('.source:not([hidden])')?.textContent ?? ''),
    (shown) => typeof shown === 'string' && shown.length > 0,
    { timeoutMs: 5000, what: 'the opened fact' },
  );
  const whole = await inCardRoot(page, (root) => root.textContent ?? '');
  return `${whole}\n${text}`;
}

forEachBrowser(
  'knowledge packs at run time',
  (session) => {
    let page: Page;
    let extensionPage: Page;
    let tabId: number;
    beforeAll(async () => {
      extensionPage = await session().openOptions();
      const known = await reportingTabIds(extensionPage);
      page = await session().openFixture('packs.html');
      tabId = await newReportingTabId(extensionPage, known);
      await waitForMarked(page, ['Xiaomi'], 'the bundled names only');
    });
    afterAll(async () => {
      await page?.close().catch(() => {});
      await extensionPage?.close().catch(() => {});
    });

    it('marks an imported pack’s names in an open tab without a reload, and its card names the pack', async () => {
      await changePackStore(extensionPage, {
        put: acmePack('1.0.0', 'Acme to sell Roadrunner in Europe.'),
        enabled: true,
      });
      await page.bringToFront();
      await waitForMarked(page, ['Acme Widgets', 'Xiaomi', 'Zenith Corp'], 'the pack’s names marked');
      // The pack's status colours its company: Zenith Corp is restricted in the pack.
      const zenith = (await readMarks(page)).find((m) => m.text === 'Zenith Corp');
      expect(zenith?.highlight).toMatch(/restricted/);

      const card = await cardTextFor(page, 'Acme Widgets');
      expect(card).toContain('Acme to sell Roadrunner in Europe.');
      expect(card).toContain('Acme Widgets said it would sell its “Roadrunner” line in Europe.');
      expect(card).toContain('Acme Widgets joins the market');
      expect(card).toContain(`From the pack ${PACK_NAME}`);
      await page.mouse.move(1, 1);
    });

    it('opens a pack fact’s article in the source reader, the quote marked', async () => {
      const s = session();
      await page.bringToFront();
      // The card the test before left may still be closing: open it again until its fact shows.
      await waitUntil(
        () => cardTextFor(page, 'Acme Widgets').catch(() => ''),
        (text) => text.includes('Acme to sell Roadrunner in Europe.'),
        { timeoutMs: 20_000, intervalMs: 100, what: 'the pack fact opened in the card' },
      );
      const readerUrl = `${s.extensionOrigin}/src/reader/index.html?pack=acme-notes&article=001_fixture&fact=acme-europe`;
      const before = await s.browser.pages();
      await inCardRoot(page, (root) =>
        (root.querySelector('.source:not([hidden]) .source-actions button') as HTMLButtonElement).click(),
      );
      const reader = await waitForNewTabAt(s.browser, before, readerUrl);
      try {
        const { value: shown } = await waitUntil(
          () =>
            reader
              .evaluate(() => ({
                mark: document.querySelector('mark')?.textContent,
                focused: document.activeElement === document.querySelector('mark'),
                headline: document.querySelector('h1')?.textContent,
                note: document.querySelector('.note')?.textContent,
              }))
              .catch(() => null),
          (got) => got?.focused === true,
          { timeoutMs: 10_000, what: 'the reader to mark and focus the quote' },
        );
        expect(shown?.mark).toBe('Acme Widgets said it would sell its “Roadrunner” line in Europe.');
        expect(shown?.headline).toBe('Acme Widgets joins the market');
        expect(shown?.note).toContain(`your knowledge pack ${PACK_NAME}`);
      } finally {
        await reader.close();
        await page.bringToFront();
        await page.mouse.move(1, 1);
      }
    });

    it('shows a new version of the pack once it replaces the old one', async () => {
      const before = await runtimeRevision(extensionPage);
      await changePackStore(extensionPage, {
        put: acmePack('1.1.0', 'Acme expands Roadrunner sales.'),
        enabled: true,
      });
      // The background's new runtime; the tab restarts on it (a card opened just before closes then).
      await waitUntil(
        () => runtimeRevision(extensionPage),
        (revision) => revision !== before,
        { timeoutMs: 20_000, what: 'the new runtime' },
      );
      await page.bringToFront();
      const { value } = await waitUntil(
        () => cardTextFor(page, 'Acme Widgets').catch(() => ''),
        (text) => text.includes('Acme expands Roadrunner sales.'),
        { timeoutMs: 20_000, intervalMs: 100, what: 'the new version in the card' },
      );
      expect(value).not.toContain('Acme to sell Roadrunner in Europe.');
      await page.mouse.move(1, 1);
    });

    it('counts the pack in the popup’s dataset summary, and lists its companies by their merged status', async () => {
      const popup = await session().openPopup(`?tabId=${tabId}`);
      try {
        await waitUntil(
          () => popup.evaluate(() => document.querySelector('.dataset-packs')?.textContent ?? ''),
          (text) => text.includes(`1 knowledge packs: ${PACK_NAME}`),
          { what: 'the popup naming the pack' },
        );
        const { value: rows } = await waitUntil(
          () =>
            popup.$$eval('.company-row', (buttons) =>
              buttons.map((b) => `${b.getAttribute('data-company-id')}:${b.getAttribute('data-level')}`),
            ),
          (listed) => listed.includes('zenith:restricted'),
          { what: 'the pack’s restricted company listed' },
        );
        expect(rows[0]).toBe('zenith:restricted');
      } finally {
        await popup.close();
      }
    });

    it('takes the pack’s marks away when it is disabled, and back when enabled', async () => {
      await changePackStore(extensionPage, { setEnabled: 'acme-notes', enabled: false });
      await page.bringToFront();
      const { ms } = await waitForMarked(page, ['Xiaomi'], 'the pack’s marks gone');
      expect(ms).toBeLessThan(2000);
      await changePackStore(extensionPage, { setEnabled: 'acme-notes', enabled: true });
      await waitForMarked(page, ['Acme Widgets', 'Xiaomi', 'Zenith Corp'], 'the pack’s marks back');
    });

    it('takes the pack’s marks away when it is removed, and the bundled card is as before', async () => {
      await changePackStore(extensionPage, { remove: 'acme-notes' });
      await page.bringToFront();
      await waitForMarked(page, ['Xiaomi'], 'the removed pack’s marks gone');
      const card = await cardTextFor(page, 'Xiaomi');
      expect(card).toContain('From the articles that ship with Company Lens');
      expect(card).not.toContain(PACK_NAME);
      await page.mouse.move(1, 1);
    });

    it('follows the options page’s own controls: import, switch off and on, remove', async () => {
      // Each step in the options page, then the tab in front: a hidden tab paints no marks.
      const inOptions = async (act: () => Promise<unknown>) => {
        await extensionPage.bringToFront();
        await act();
        await page.bringToFront();
      };
      const all = ['Acme Widgets', 'Xiaomi', 'Zenith Corp'];
      await inOptions(async () => {
        const outcome = await importOutcome(extensionPage, () =>
          chooseFile(extensionPage, 'test/fixtures/packs/fixture-news-1.0.0.pack.json'),
        );
        expect(outcome.failed).toBe(false);
      });
      await waitForMarked(page, all, 'the imported pack’s names marked');
      const toggle = '#pack-list li[data-pack-id="fixture-news"] input[role="switch"]';
      await inOptions(() => extensionPage.click(toggle));
      await waitForMarked(page, ['Xiaomi'], 'the switched-off pack’s marks gone');
      await inOptions(() => extensionPage.click(toggle));
      await waitForMarked(page, all, 'the switched-on pack’s marks back');
      await inOptions(async () => {
        await extensionPage.click('#pack-list li[data-pack-id="fixture-news"] .pack-remove');
        await extensionPage.waitForSelector('#pack-remove-dialog[open]');
        await extensionPage.click('#pack-remove-dialog .primary');
      });
      await waitForMarked(page, ['Xiaomi'], 'the removed pack’s marks gone');
    });

    it('marks a pack too large for every tab through a matcher of the page’s own names', async () => {
      const large = await session().openFixture('large.html');
      try {
        await waitForMarked(large, ['Xiaomi'], 'the bundled names only');
        await changePackStore(extensionPage, { put: LARGE, enabled: true });
        await large.bringToFront();
        await waitForMarked(large, [LARGE_NAME, 'Xiaomi'], 'the large pack’s name on this page marked');
        const { value: stored } = await waitUntil(
          () =>
            extensionPage.evaluate(async () => {
              const g = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
              const got = (await (g.browser ?? g.chrome).storage.local.get('packs-runtime'))['packs-runtime'];
              return got ? JSON.stringify(got).length : 0;
            }),
          (length) => length > 0,
          { what: 'the runtime' },
        );
        // What every frame receives stays small; the large matcher stays in the background.
        expect(stored).toBeLessThan(200_000);
        const card = await cardTextFor(large, LARGE_NAME);
        expect(card).toContain(LARGE_COMPANY?.facts[0]?.quote ?? '(no quote)');
        expect(card).toContain(`From the pack ${LARGE.header.name}`);
        await large.mouse.move(1, 1);
        await changePackStore(extensionPage, { setEnabled: LARGE.header.id, enabled: false });
        await large.bringToFront();
        await waitForMarked(large, ['Xiaomi'], 'the large pack’s mark gone');
      } finally {
        await large.close();
      }
    });

    it('marks a large pack’s names in open shadow roots and in text the page adds after load', async () => {
      const later = await session().openFixture('large-later.html');
      try {
        await changePackStore(extensionPage, { put: LARGE, enabled: true });
        await later.bringToFront();
        const atLoad = [LARGE_NAME, IN_SHADOW, 'Xiaomi'] as string[];
        await waitForMarked(later, atLoad, 'the names the page holds at load, one in a shadow root');

        // A paragraph, and a component whose open shadow root is attached before it is added.
        await later.evaluate(
          (added, addedInShadow) => {
            const p = document.createElement('p');
            p.textContent = `Later, ${added} bought a rival.`;
            document.body.append(p);
            const host = document.createElement('div');
            host.attachShadow({ mode: 'open' }).innerHTML = `<p>${addedInShadow} hired staff.</p>`;
            document.body.append(host);
          },
          ADDED,
          ADDED_IN_SHADOW,
        );
        await waitForMarked(later, [...atLoad, ADDED, ADDED_IN_SHADOW] as string[], 'the added names');

        // A component that attaches its shadow root after the scan passed it (late-shadow-roots.ts).
        await later.evaluate((late) => {
          const host = document.querySelector('x-late-card') as Element;
          host.attachShadow({ mode: 'open' }).innerHTML = `<p>${late} cut prices.</p>`;
        }, LATE_SHADOW);
        await waitForMarked(
          later,
          [...atLoad, ADDED, ADDED_IN_SHADOW, LATE_SHADOW] as string[],
          'the name in the late shadow root',
        );
        const card = await cardTextFor(later, ADDED as string);
        expect(card).toContain(LARGE.companies[3333]?.facts[0]?.quote ?? '(no quote)');
        await later.mouse.move(1, 1);
      } finally {
        await changePackStore(extensionPage, { setEnabled: LARGE.header.id, enabled: false });
        await later.close();
      }
    });
  },
  {
    routes: {
      '/packs.html': () => PAGE,
      '/large.html': () => LARGE_PAGE,
      '/large-later.html': () => LARGE_LATER_PAGE,
    },
  },
);
