/**
 * The options page's Knowledge packs section in both browsers: import by the file picker and by a
 * drop, update in place, ask before a downgrade, switch, remove, export and re-import; and each kind
 * of bad input explained on the page with the earlier packs left as they were.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterEach, expect, it } from 'vitest';
import type { Browser as ExtensionApi } from 'webextension-polyfill';
import { loadCommonWords } from '../../scripts/data/common-words.ts';
import { syntheticPack } from '../../scripts/synthetic-pack/synthetic-pack.ts';
import { axeViolations } from '../support/axe.ts';
import { waitUntil } from '../support/extension-state.ts';
import { pageErrorsOf } from '../support/launch-browser.ts';
import {
  captureDownload,
  chooseFile,
  clearPacks,
  dropFile,
  importOutcome,
  listedPacks,
  packsRevision,
  storedPack,
  waitForListed,
} from '../support/pack-page.ts';
import { forEachBrowser } from './harness.ts';

const fixture = (name: string) => resolve('test/fixtures/packs', name);
const fixtureText = (name: string) => readFileSync(fixture(name), 'utf8');
const NOTHING_STORED = 'Nothing was stored; your packs are as they were.';
/** `PACK_RUNTIME_PROBLEM_KEY` of src/shared/pack-runtime.ts, which imports the extension API. */
const PACK_RUNTIME_PROBLEM_KEY = 'packs-runtime-problem';

const opened: Page[] = [];
afterEach(async () => {
  for (const page of opened.splice(0)) await page.close().catch(() => {});
});

forEachBrowser('knowledge packs in the options page', (session) => {
  async function freshOptions(): Promise<Page> {
    const page = await session().openOptions();
    opened.push(page);
    await page.waitForSelector('#pack-list > li[data-pack-id="company-lens-bundled"]');
    await clearPacks(page);
    await waitForListed(page, []);
    return page;
  }

  async function importNews(page: Page): Promise<void> {
    const outcome = await importOutcome(page, () =>
      chooseFile(page, fixture('fixture-news-1.0.0.pack.json')),
    );
    expect(outcome.result).toBe('Imported Fixture News 1.0.0.');
    await waitForListed(page, ['fixture-news']);
  }

  it('lists the built-in pack first, imports a pack with the file picker and lists it with its counts', async () => {
    const page = await freshOptions();
    const [builtIn] = await listedPacks(page);
    expect(builtIn).toMatchObject({ name: 'Company Lens articles', enabled: null });
    expect(builtIn?.counts).toMatch(/^11 companies · 39 facts · .+ to .+$/);
    expect(await page.$('#pack-list li[data-pack-id="company-lens-bundled"] .pack-remove')).toBeNull();

    const before = await packsRevision(page);
    await importNews(page);
    const listed = await listedPacks(page);
    expect(listed[1]).toEqual({
      id: 'fixture-news',
      name: 'Fixture News',
      meta: 'Version 1.0.0 by Company Lens tests',
      counts: '2 companies · 2 facts · Mar 3, 2020',
      description: 'One article and two companies, for tests.',
      enabled: true,
    });
    expect(await packsRevision(page)).not.toBe(before);
    expect(await storedPack(page, 'fixture-news')).toMatchObject({ header: { version: '1.0.0' } });
    expect(await axeViolations(page)).toEqual([]);
    expect(pageErrorsOf(page)).toEqual([]);
  });

  it('updates in place from a dropped file, keeping the switch, and asks before a downgrade', async () => {
    const page = await freshOptions();
    await importNews(page);
    await page.click('#pack-list li[data-pack-id="fixture-news"] input[role="switch"]');
    await waitUntil(
      () => listedPacks(page),
      (packs) => packs[1]?.enabled === false,
      { what: 'pack switched off' },
    );

    const updated = await importOutcome(page, () =>
      dropFile(page, 'fixture-news-1.1.0.pack.json', fixtureText('fixture-news-1.1.0.pack.json')),
    );
    expect(updated.result).toBe('Updated Fixture News from 1.0.0 to 1.1.0; its switch is as it was.');
    const { value: afterUpdate } = await waitUntil(
      () => listedPacks(page),
      (packs) => packs[1]?.meta.startsWith('Version 1.1.0') ?? false,
      { what: 'version 1.1.0 listed' },
    );
    expect(afterUpdate[1]).toMatchObject({ counts: '2 companies · 3 facts · Mar 3, 2020', enabled: false });

    // Older: the dialog asks; Cancel keeps 1.1.0.
    const cancelled = await importOutcome(page, async () => {
      await chooseFile(page, fixture('fixture-news-0.9.0.pack.json'));
      await page.waitForSelector('#pack-replace-dialog[open]');
      const dialog = await page.$eval('#pack-replace-dialog', (d) => ({
        title: d.querySelector('h2')?.textContent,
        text: d.querySelector('p')?.textContent,
        focused: document.activeElement?.textContent,
      }));
      expect(dialog).toEqual({
        title: 'Replace with an older version?',
        text: 'Fixture News 1.1.0 is stored. This file holds version 0.9.0, which is older. Its facts replace the stored ones.',
        focused: 'Cancel',
      });
      await page.keyboard.press('Escape');
    });
    expect(cancelled.result).toBe('Import of fixture-news-0.9.0.pack.json cancelled.');
    expect(await storedPack(page, 'fixture-news')).toMatchObject({ header: { version: '1.1.0' } });

    const replaced = await importOutcome(page, async () => {
      await chooseFile(page, fixture('fixture-news-0.9.0.pack.json'));
      await page.waitForSelector('#pack-replace-dialog[open]');
      await page.click('#pack-replace-dialog .primary');
    });
    expect(replaced.result).toBe('Imported Fixture News 0.9.0.');
    expect(await storedPack(page, 'fixture-news')).toMatchObject({ header: { version: '0.9.0' } });
    expect((await listedPacks(page))[1]?.enabled).toBe(false);
  });

  it('switches a pack off and on, and removes it after asking', async () => {
    const page = await freshOptions();
    await importNews(page);
    const toggle = '#pack-list li[data-pack-id="fixture-news"] input[role="switch"]';
    expect(await page.$eval(toggle, (input) => input.getAttribute('aria-checked'))).toBe('true');
    let revision = await packsRevision(page);
    for (const enabled of [false, true]) {
      await page.click(toggle);
      await waitUntil(
        () => page.$eval('#packs-notice', (p) => p.textContent),
        (text) => text === `Fixture News is ${enabled ? 'on' : 'off'}.`,
        { what: 'switch notice' },
      );
      expect(await packsRevision(page)).not.toBe(revision);
      revision = await packsRevision(page);
    }
    // A new page shows what the store holds.
    await page.click(toggle);
    await waitUntil(
      () => listedPacks(page),
      (packs) => packs[1]?.enabled === false,
      { what: 'off' },
    );
    const again = await session().openOptions();
    opened.push(again);
    expect((await waitForListed(again, ['fixture-news']))[1]?.enabled).toBe(false);
    // Chromium throttles a background tab's animation frames, which puppeteer's waits poll on.
    await page.bringToFront();

    await page.click('#pack-list li[data-pack-id="fixture-news"] .pack-remove');
    await page.waitForSelector('#pack-remove-dialog[open]');
    expect(await page.$eval('#pack-remove-dialog h2', (h) => h.textContent)).toBe('Remove Fixture News?');
    await page.click('#pack-remove-dialog .primary');
    await waitForListed(page, []);
    expect(await storedPack(page, 'fixture-news')).toBeNull();
    // The other page follows the revision.
    await waitForListed(again, []);
  });

  it('exports a pack that re-imports as the same pack, and exports the built-in pack as shipped', async () => {
    const page = await freshOptions();
    await importNews(page);
    const original = await storedPack(page, 'fixture-news');
    const exported = await captureDownload(page, () =>
      page.click('#pack-list li[data-pack-id="fixture-news"] .pack-export'),
    );
    expect(exported.name).toBe('fixture-news-1.0.0.pack.json');
    expect(JSON.parse(exported.text)).toEqual(original);

    await page.click('#pack-list li[data-pack-id="fixture-news"] .pack-remove');
    await page.waitForSelector('#pack-remove-dialog[open]');
    await page.click('#pack-remove-dialog .primary');
    await waitForListed(page, []);
    const outcome = await importOutcome(page, () => dropFile(page, exported.name, exported.text));
    expect(outcome.result).toBe('Imported Fixture News 1.0.0.');
    expect(await storedPack(page, 'fixture-news')).toEqual(original);
    const again = await captureDownload(page, () =>
      page.click('#pack-list li[data-pack-id="fixture-news"] .pack-export'),
    );
    expect(again.text).toBe(exported.text);

    const builtIn = await captureDownload(page, () =>
      page.click('#pack-list li[data-pack-id="company-lens-bundled"] .pack-export'),
    );
    expect(builtIn.name).toBe('company-lens-bundled-1.0.0.pack.json');
    expect(builtIn.text).toBe(readFileSync('src/generated/bundled.pack.json', 'utf8'));
    const refused = await importOutcome(page, () => dropFile(page, builtIn.name, builtIn.text));
    expect(refused.result).toContain('has the id of the built-in pack (company-lens-bundled)');
  });

  const badInputs: [string, string, RegExp][] = [
    ['malformed.pack.json', 'malformed JSON', /^pack "malformed\.pack\.json": is not valid JSON: /],
    [
      'format-2.pack.json',
      'a newer format',
      /› formatVersion: is 2, newer than this version .* update the extension$/,
    ],
    [
      'missing-quote.pack.json',
      'a missing quote',
      /› company "acme" › facts\.0\.quote: not found in article 001_fixture/,
    ],
    [
      'duplicate-ids.pack.json',
      'duplicate ids',
      /› company "acme" › id: "acme" is the id of another company too$/,
    ],
    ['proto-keys.pack.json', '__proto__ keys', /› company "acme" › __proto__: is not a known field$/],
    [
      'alias-claimed.pack.json',
      'an alias of another company',
      /› company "acme-corp" › aliases\.0\.text: alias "Acme Widgets" is claimed by company "acme" in pack "Fixture News"$/,
    ],
  ];
  for (const [file, what, error] of badInputs) {
    it(`explains ${what} and keeps the earlier packs`, async () => {
      const page = await freshOptions();
      await importNews(page);
      const before = await storedPack(page, 'fixture-news');
      const outcome = await importOutcome(page, () => chooseFile(page, fixture(file)));
      expect(outcome.failed).toBe(true);
      expect(outcome.result).toContain(`${file} was not imported`);
      expect(outcome.result).toContain(NOTHING_STORED);
      expect(outcome.errors[0]).toMatch(error);
      await waitForListed(page, ['fixture-news']);
      expect(await storedPack(page, 'fixture-news')).toEqual(before);
    });
  }

  it('shows HTML in a pack and in its errors as text, and stays accessible with an error shown', async () => {
    const page = await freshOptions();
    const imported = await importOutcome(page, () => chooseFile(page, fixture('html-text.pack.json')));
    expect(imported.result).toContain(
      'Imported <img src=x onerror="document.body.dataset.pwned=1">Evil <b>pack</b>',
    );
    const [, listed] = await waitForListed(page, ['html-text']);
    expect(listed?.name).toBe('<img src=x onerror="document.body.dataset.pwned=1">Evil <b>pack</b>');
    expect(listed?.description).toBe('<script>document.body.dataset.pwned = 1</script>');

    const failed = await importOutcome(page, () => chooseFile(page, fixture('html-id.pack.json')));
    expect(failed.errors[0]).toContain(
      'company "<img src=x onerror=\\"document.body.dataset.pwned=1\\">" › id:',
    );
    expect(await page.$$('#pack-list img, #pack-list b, #pack-errors img, #pack-list script')).toEqual([]);
    expect(await page.evaluate(() => document.body.dataset.pwned)).toBeUndefined();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('merges a company another pack describes under the same id', async () => {
    const page = await freshOptions();
    await importNews(page);
    const outcome = await importOutcome(page, () => chooseFile(page, fixture('alias-merged.pack.json')));
    expect(outcome.result).toBe(
      'Imported More News 1.0.0. Companies that other packs also describe, merged by id: 1.',
    );
    await waitForListed(page, ['fixture-news', 'more-news']);
  });

  it('shows progress on a 50 MB file of garbage, then explains it without storing anything', async () => {
    const page = await freshOptions();
    await importNews(page);
    const path = join(mkdtempSync(join(tmpdir(), 'company-lens-garbage-')), 'garbage.pack.json');
    writeFileSync(path, randomBytes(25_000_000).toString('hex'));
    // Every text the status region shows, recorded in the page as it changes (progress is brief).
    await page.evaluate(() => {
      const status = document.getElementById('pack-import-status') as HTMLElement;
      const shown: string[] = [];
      Object.assign(window, { shownStatus: shown });
      new MutationObserver(() => shown.push(status.textContent ?? '')).observe(status, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });
    const outcome = await importOutcome(page, () => chooseFile(page, path));
    const shown = await page.evaluate(() => (window as unknown as { shownStatus: string[] }).shownStatus);
    expect(shown).toContain('Reading garbage.pack.json…');
    expect(outcome.result).toContain('garbage.pack.json was not imported: 1 problem.');
    expect(outcome.result).toContain(NOTHING_STORED);
    expect(outcome.errors).toEqual([expect.stringMatching(/^pack "garbage\.pack\.json": is not valid JSON/)]);
    expect(await page.$('#pack-progress')).toBeNull();
    await waitForListed(page, ['fixture-news']);
  });

  it('leaves nothing behind when the page is closed during an import', async () => {
    const page = await freshOptions();
    await importNews(page);
    const path = join(mkdtempSync(join(tmpdir(), 'company-lens-big-')), 'big.pack.json');
    const big = syntheticPack({ companies: 30_000, seed: 7, commonWords: loadCommonWords() });
    writeFileSync(path, JSON.stringify(big));
    await chooseFile(page, path);
    await waitUntil(
      () => page.$eval('#pack-import-status', (s) => s.textContent ?? ''),
      (text) => text.startsWith('Checking'),
      { what: 'import under way' },
    );
    await page.close();
    const again = await session().openOptions();
    opened.push(again);
    await waitForListed(again, ['fixture-news']);
    expect(await storedPack(again, big.header.id)).toBeNull();
  });

  it('refuses a file over the size limit before reading it', async () => {
    const page = await freshOptions();
    // A sparse File of the limit plus one: its size is known without its bytes ever being read.
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(100_000_001)], 'huge.pack.json'));
      document
        .getElementById('pack-drop')
        ?.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
    });
    const { value } = await waitUntil(
      () => page.$eval('#pack-import-status', (s) => s.textContent ?? ''),
      (text) => text.includes('huge.pack.json'),
      { what: 'size refused' },
    );
    expect(value).toBe(`huge.pack.json is 101 MB; a pack may be at most 100 MB.${NOTHING_STORED}`);
  });

  it('explains packs too large together to apply, and what to do, until the problem is gone', async () => {
    const page = await freshOptions();
    // What the background writes when even the per-page runtime is over its limit (watch-packs.ts);
    // no pack small enough for a test reaches that limit, so it is written here as the background would.
    const setProblem = (problem: unknown) =>
      page.evaluate(
        async (key, value) => {
          const g = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
          const local = (g.browser ?? g.chrome).storage.local;
          if (value === null) await local.remove(key);
          else await local.set({ [key]: value });
        },
        PACK_RUNTIME_PROBLEM_KEY,
        problem,
      );
    expect(await page.$('#packs-runtime-problem')).toBeNull();
    await setProblem({ kind: 'too-large', packsRevision: 1, bytes: 12_345_678, maxBytes: 9 * 1024 * 1024 });
    const shown = await page.waitForSelector('#packs-runtime-problem');
    expect(await shown?.evaluate((e) => e.textContent)).toBe(
      'The knowledge packs switched on are too large together for Company Lens to use (12.4 MB; it can use 9.5 MB). Pages are marked with the built-in companies only, until they fit.' +
        'Switch off or remove a pack below: once the packs left on fit, their companies are marked again.',
    );
    expect(await axeViolations(page)).toEqual([]);
    await setProblem(null);
    await page.waitForSelector('#packs-runtime-problem', { hidden: true });
    // Shown on opening too, not only on a change.
    await setProblem({ kind: 'too-large', packsRevision: 1, bytes: 10_000_000, maxBytes: 9 * 1024 * 1024 });
    const again = await session().openOptions();
    opened.push(again);
    await again.waitForSelector('#packs-runtime-problem');
    await setProblem(null);
    await again.waitForSelector('#packs-runtime-problem', { hidden: true });
  });
});
