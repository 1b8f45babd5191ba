/**
 * Capturing a fact from the page, in real Chromium and Firefox: a sentence selected on a fixture page
 * becomes a fact of "My notes" that shows in its company's card on another page; a new company's
 * name is marked on an open page without a reload; a selection we must not take is refused and
 * nothing is stored. Puppeteer cannot click the browser's own context menu, so captures start from
 * the popup's button or from the message the popup sends the background (`start-capture`); the menu
 * and the keyboard command call the same `startCapture`. Every wait is on a signal: a new tab, the
 * form's fields, the store, the page's marks, the card's text.
 * Functions passed to `evaluate` are arrow functions: tsx's keepNames breaks named ones in the browser.
 */
import type { Frame, Page } from 'puppeteer-core';
import { beforeAll, expect, it } from 'vitest';
import type { Browser as ExtensionApi } from 'webextension-polyfill';
import { axeViolations } from '../support/axe.ts';
import { inCardRoot } from '../support/card-root.ts';
import { newReportingTabId, reportingTabIds, waitUntil } from '../support/extension-state.ts';
import { trackOpenedPages } from '../support/opened-pages.ts';
import { captureDownload, dropFile, importOutcome, storedPack } from '../support/pack-page.ts';
import { middleOf, readMarks } from '../support/page-marks.ts';
import { type BrowserSession, forEachBrowser } from './harness.ts';

const { opened, open } = trackOpenedPages();

interface ExtensionGlobals {
  browser?: ExtensionApi;
  chrome: ExtensionApi;
}

/** Selects the text of the element `selector` matches, as a reader's drag would. */
const selectText = (page: Page | Frame, selector: string) =>
  page.evaluate((s) => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector(s) as Element);
    const selection = getSelection() as Selection;
    selection.removeAllRanges();
    selection.addRange(range);
  }, selector);

/**
 * Runs `trigger`, then returns the capture page the background opened for it (`query`: a new
 * capture's `?draft=`, an edit's `?edit=`), once it shows `ready`.
 * Found among the browser's pages rather than by target URL: over BiDi, Firefox (ESR 140, 2026-12)
 * reports a tab opened by an extension at about:blank until the test reads its location itself.
 */
async function capturePageAfter(
  s: BrowserSession,
  trigger: () => Promise<unknown>,
  ready: string,
  query = '?draft=',
): Promise<Page> {
  const before = new Set(await s.browser.pages());
  await trigger();
  // What the new capture pages show, so that a timeout says what came instead.
  let seen: string[] = [];
  const { value: page } = await waitUntil(
    async () => {
      seen = [];
      for (const candidate of await s.browser.pages()) {
        if (before.has(candidate)) continue;
        const href = await candidate.evaluate(() => location.href).catch(() => '');
        if (!href.includes(`/src/capture/index.html${query}`)) continue;
        if (await candidate.$(ready).then(Boolean, () => false)) return candidate;
        seen.push(await candidate.evaluate(() => document.body.innerText).catch(() => '(not readable)'));
      }
      return null;
    },
    (found) => found !== null,
    { timeoutMs: 15_000, intervalMs: 50, what: `a capture page showing ${ready}` },
  ).catch((error: Error) => {
    throw new Error(`${error.message}; capture pages seen: ${JSON.stringify(seen)}`);
  });
  if (!page) throw new Error('unreachable');
  opened.push(page);
  return page;
}

/** Asks the background to capture in `tabId`, as the popup's button does. */
const askCapture = (extensionPage: Page, tabId: number) =>
  extensionPage.evaluate(async (id) => {
    const g = globalThis as unknown as ExtensionGlobals;
    await (g.browser ?? g.chrome).runtime.sendMessage({ type: 'start-capture', tabId: id });
  }, tabId);

/** The facts of "My notes" in the pack store, by company id (none before the first capture). */
const myNotes = (extensionPage: Page): Promise<Record<string, string[]>> =>
  extensionPage.evaluate(
    () =>
      new Promise<Record<string, string[]>>((resolve, reject) => {
        const request = indexedDB.open('company-lens-packs');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('packs')) return resolve({});
          const get = db.transaction('packs').objectStore('packs').get('my-notes');
          get.onsuccess = () => {
            const pack = get.result as
              | { companies: { id: string; facts: { summary: string }[] }[] }
              | undefined;
            db.close();
            resolve(
              Object.fromEntries((pack?.companies ?? []).map((c) => [c.id, c.facts.map((f) => f.summary)])),
            );
          };
        };
      }),
  );

interface StoredFact {
  summary: string;
  category: string;
  date: { value: string; precision: string; inferred: boolean };
  quote: string;
}

/** The stored facts of "My notes", whole. */
const noteFacts = (extensionPage: Page): Promise<StoredFact[]> =>
  extensionPage.evaluate(
    () =>
      new Promise<StoredFact[]>((resolve, reject) => {
        const request = indexedDB.open('company-lens-packs');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const get = db.transaction('packs').objectStore('packs').get('my-notes');
          get.onsuccess = () => {
            db.close();
            const pack = get.result as { companies: { facts: StoredFact[] }[] } | undefined;
            resolve((pack?.companies ?? []).flatMap((c) => c.facts));
          };
        };
      }),
  );

/** Hovers the mark of `name` (the mouse stays there, so its card stays open); the card's text, or ''. */
async function hoverName(page: Page, name: string): Promise<string> {
  await page.mouse.move(1, 1);
  const mark = (await readMarks(page)).find((m) => m.text === name);
  if (!mark) return '';
  await page.mouse.move(...middleOf(mark), { steps: 5 });
  const { value: text } = await waitUntil(
    () => inCardRoot(page, (root) => root.textContent ?? ''),
    (t) => typeof t === 'string' && t.includes(name),
    { timeoutMs: 5000, what: `the card of ${name}` },
  ).catch(() => ({ value: '' }));
  return text ?? '';
}

/** The card's whole text once hovering `name` opened it and it shows `expected`. */
async function cardShowing(page: Page, name: string, expected: string): Promise<string> {
  await page.bringToFront();
  const { value } = await waitUntil(
    () => hoverName(page, name),
    (text) => text.includes(expected),
    { timeoutMs: 20_000, intervalMs: 100, what: `the card of ${name} showing “${expected}”` },
  );
  await page.mouse.move(1, 1);
  return value;
}

/** With the card open, opens the fact whose summary is `summary`; returns its source's controls. */
const openFact = (page: Page, summary: string) =>
  inCardRoot(
    page,
    (root, wanted) => {
      const toggle = [...root.querySelectorAll('.toggle')].find(
        (b) => b.querySelector('.summary')?.textContent === wanted,
      ) as HTMLButtonElement | undefined;
      if (!toggle) return null;
      if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
      const source = root.getElementById(toggle.getAttribute('aria-controls') ?? '');
      return {
        original: source?.querySelector('a.link')?.getAttribute('href') ?? null,
        showQuote: source?.querySelector('.show-quote') !== null,
        gone: source?.querySelector('.quote-gone')?.textContent ?? null,
      };
    },
    summary,
  );

const SUMMARY = 'Xiaomi faces licence checks on chip imports.';

const markedTexts = async (page: Page) => [...new Set((await readMarks(page)).map((m) => m.text))].sort();

/**
 * Opens the card of `name` pinned (a click on its mark) once it shows `expected`, and tags the card's
 * element: the tag outlives a re-render of the card but not a restart of the activation, which makes
 * a new card. Returns what the card shows and whether it is still that card.
 */
async function pinCard(page: Page, name: string, expected: string): Promise<void> {
  await cardShowing(page, name, expected);
  const mark = (await readMarks(page)).find((m) => m.text === name);
  if (!mark) throw new Error(`${name} is not marked`);
  await page.mouse.click(...middleOf(mark));
  await waitUntil(
    () =>
      inCardRoot(
        page,
        (root, wanted) => {
          const card = root.querySelector('.card');
          if (card?.getAttribute('data-pinned') !== 'true' || !card.textContent?.includes(wanted))
            return false;
          card.setAttribute('data-test-card', 'pinned-before');
          return true;
        },
        expected,
      ),
    (done) => done === true,
    { what: `the card of ${name} pinned` },
  );
}

/** The open card's text, and whether it is the card `pinCard` tagged. */
const openCard = (page: Page) =>
  inCardRoot(page, (root) => {
    const card = root.querySelector('.card');
    return {
      text: card?.textContent ?? '',
      same: card?.getAttribute('data-test-card') === 'pinned-before',
      undo: root.querySelector('.note-undo') !== null,
    };
  });

/** With the card open, clicks `selector` in the source of the fact whose summary is `summary`. */
async function clickInFact(page: Page, summary: string, selector: string): Promise<void> {
  await waitUntil(
    async () => {
      await openFact(page, summary);
      return inCardRoot(
        page,
        (root, wanted, sel) => {
          const toggle = [...root.querySelectorAll('.toggle')].find(
            (b) => b.querySelector('.summary')?.textContent === wanted,
          );
          const button = root
            .getElementById(toggle?.getAttribute('aria-controls') ?? '')
            ?.querySelector(sel) as HTMLButtonElement | null;
          if (!button || button.disabled) return false;
          button.click();
          return true;
        },
        summary,
        selector,
      );
    },
    (clicked) => clicked === true,
    { what: `${selector} on “${summary}”` },
  );
}

forEachBrowser('capture a fact from the page', (session) => {
  let extensionPage: Page;
  beforeAll(async () => {
    extensionPage = await session().openOptions();
  });

  /** The story fixture in front, with its tab id (told by its first report). */
  async function openStory(): Promise<{ page: Page; tabId: number }> {
    const known = await reportingTabIds(extensionPage);
    const page = await open(session(), 'capture/story.html');
    return { page, tabId: await newReportingTabId(extensionPage, known) };
  }

  it('captures a selected sentence as an event from the popup, and its company’s card shows it on another page', async () => {
    const s = session();
    const { page, tabId } = await openStory();
    await selectText(page, '#known');
    const popup = await s.openPopup(`?tabId=${tabId}`);
    opened.push(popup);
    const form = await capturePageAfter(
      s,
      async () => {
        await popup.waitForSelector('#capture-button');
        await popup.click('#capture-button');
      },
      '#capture-save',
    );
    expect(await axeViolations(form)).toEqual([]);
    // The company the selection names is chosen; the page's own date is offered, with its source.
    expect(await form.$eval('#capture-company', (el) => (el as HTMLSelectElement).value)).toBe('xiaomi');
    expect(await form.$eval('#capture-category', (el) => (el as HTMLSelectElement).value)).toBe('event');
    expect(await form.$eval('#capture-date', (el) => (el as HTMLInputElement).value)).toBe('2024-05-16');
    expect(await form.$eval('#capture-date-basis', (el) => el.textContent)).toContain(
      'article:published_time',
    );
    expect(await form.$eval('blockquote', (el) => el.textContent)).toBe(
      'The Commerce Department said on Thursday that Xiaomi would face new licence checks on chip imports.',
    );
    await form.$eval('#capture-summary', (el) => {
      (el as HTMLTextAreaElement).value = '';
    });
    await form.type('#capture-summary', 'Xiaomi faces licence checks on chip imports.');
    await form.click('#capture-save');
    await form.waitForSelector('.capture-saved');
    expect((await myNotes(extensionPage)).xiaomi).toEqual(['Xiaomi faces licence checks on chip imports.']);

    const other = await open(s, 'capture/other.html');
    const card = await cardShowing(other, 'Xiaomi', 'Xiaomi faces licence checks on chip imports.');
    expect(card).toContain('From the pack My notes');
    // Elsewhere, the source link opens the captured page at the quote (a text fragment).
    await hoverName(other, 'Xiaomi');
    const { value: controls } = await waitUntil(
      () => openFact(other, SUMMARY),
      (c) => c?.original != null,
      {
        what: 'the captured fact opened',
      },
    );
    expect(controls?.original).toBe(
      `${s.fixtureUrl('capture/story.html')}#:~:text=The%20Commerce%20Department%20said,checks%20on%20chip%20imports.`,
    );
    expect(controls?.showQuote).toBe(false);
  });

  it('marks the captured quote when the page is visited again, and the card’s source scrolls to it', async () => {
    const page = await open(session(), 'capture/story.html');
    const { value } = await waitUntil(
      () =>
        page.evaluate(() => {
          const texts: string[] = [];
          CSS.highlights.get('company-lens-quote')?.forEach((range) => {
            texts.push((range as Range).toString());
          });
          return texts;
        }),
      (texts) => texts.length > 0,
      { timeoutMs: 15_000, what: 'the captured quote marked' },
    );
    expect(value).toEqual([
      'The Commerce Department said on Thursday that Xiaomi would face new licence checks on chip imports.',
    ]);
    // On its own page, the card's source shows the quote there.
    await cardShowing(page, 'Xiaomi', SUMMARY);
    await hoverName(page, 'Xiaomi');
    const { value: controls } = await waitUntil(
      () => openFact(page, SUMMARY),
      (c) => c?.showQuote === true,
      {
        what: 'the fact’s “Show it on this page”',
      },
    );
    expect(controls?.gone).toBeNull();
    await inCardRoot(page, (root) => (root.querySelector('.show-quote') as HTMLButtonElement).click());
    await waitUntil(
      () =>
        page.evaluate(() => {
          const box = (document.querySelector('#known') as Element).getBoundingClientRect();
          return window.scrollY > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
        }),
      (inView) => inView,
      { what: 'the page scrolled to the quote' },
    );
  });

  it('says so in the card when the page changed and the quote is gone, and keeps the fact', async () => {
    const page = await open(session(), 'capture/story.html');
    await cardShowing(page, 'Xiaomi', SUMMARY);
    await page.evaluate(() => {
      (document.querySelector('#known') as Element).textContent = 'Xiaomi declined to comment.';
    });
    await hoverName(page, 'Xiaomi');
    const { value: controls } = await waitUntil(
      () => openFact(page, SUMMARY),
      (c) => c?.gone != null,
      {
        what: 'the card saying the quote is gone',
      },
    );
    expect(controls?.gone).toContain('no longer on this page');
    expect((await myNotes(extensionPage)).xiaomi).toEqual([SUMMARY]);
  });

  it('edits a captured fact from the options page in the editor, deletes it there, and undoes the delete', async () => {
    const s = session();
    const options = await s.openOptions();
    opened.push(options);
    await options.waitForSelector('#note-list li.note-row .note-summary-text');
    const rowFor = (summary: string) =>
      options.$$eval(
        '#note-list li.note-row',
        (rows, wanted) =>
          rows
            .find((r) => r.querySelector('.note-summary-text')?.textContent === wanted)
            ?.getAttribute('data-fact-id') ?? null,
        summary,
      );
    const factId = await rowFor(SUMMARY);
    expect(factId).not.toBeNull();
    const edited = 'Xiaomi must pass licence checks for chip imports.';
    const editor = await capturePageAfter(
      s,
      () => options.click(`#note-list li[data-fact-id="${factId}"] .note-edit`),
      '.edit-note-form #capture-save',
      '?edit=',
    );
    expect(await editor.$eval('#capture-summary', (el) => (el as HTMLTextAreaElement).value)).toBe(SUMMARY);
    await editor.$eval('#capture-summary', (el) => {
      (el as HTMLTextAreaElement).value = '';
    });
    await editor.type('#capture-summary', edited);
    await editor.click('#capture-save');
    await waitUntil(
      () => myNotes(extensionPage),
      (notes) => notes.xiaomi?.[0] === edited,
      { what: 'the edit stored' },
    );
    // Saved, the editor closes itself; the list follows the store: the row shows the edit.
    await waitUntil(
      () => editor.evaluate(() => document.body.innerText).catch(() => 'closed'),
      (text) => text === 'closed',
      { what: 'the editor closed' },
    );
    await options.bringToFront();
    await waitUntil(
      () => rowFor(edited),
      (id) => id === factId,
      { what: 'the options list showing the edit' },
    );
    const other = await open(s, 'capture/other.html');
    await cardShowing(other, 'Xiaomi', edited);

    await options.bringToFront();
    await options.click(`#note-list li[data-fact-id="${factId}"] .note-delete`);
    await options.waitForSelector('#note-undo');
    await waitUntil(
      () => myNotes(extensionPage),
      (notes) => notes.xiaomi === undefined,
      { what: 'the delete stored' },
    );
    expect(await options.$(`#note-list li[data-fact-id="${factId}"]`)).toBeNull();
    await options.click('#note-undo');
    await waitUntil(
      () => myNotes(extensionPage),
      (notes) => notes.xiaomi?.[0] === edited,
      { what: 'the undo stored' },
    );
    await options.waitForSelector(`#note-list li[data-fact-id="${factId}"]`);
    await cardShowing(other, 'Xiaomi', edited);
  });

  it('exports “My notes” from the knowledge packs and re-imports it as the same pack', async () => {
    const s = session();
    const options = await s.openOptions();
    opened.push(options);
    const exportButton = '#pack-list li[data-pack-id="my-notes"] .pack-export';
    await options.waitForSelector(exportButton);
    const original = await storedPack(options, 'my-notes');
    const exported = await captureDownload(options, () => options.click(exportButton));
    expect(exported.name).toMatch(/^my-notes-1\.0\.\d+\.pack\.json$/);
    expect(JSON.parse(exported.text)).toEqual(original);

    await options.click('#pack-list li[data-pack-id="my-notes"] .pack-remove');
    await options.waitForSelector('#pack-remove-dialog[open]');
    await options.click('#pack-remove-dialog .primary');
    await waitUntil(
      () => storedPack(options, 'my-notes'),
      (pack) => pack === null,
      { what: 'My notes removed' },
    );
    const outcome = await importOutcome(options, () => dropFile(options, exported.name, exported.text));
    expect(outcome.failed).toBe(false);
    expect(await storedPack(options, 'my-notes')).toEqual(original);
    const other = await open(s, 'capture/other.html');
    await cardShowing(other, 'Xiaomi', 'Xiaomi must pass licence checks for chip imports.');
    // The re-imported notes mark their quotes again.
    const story = await open(s, 'capture/story.html');
    await waitUntil(
      () => story.evaluate(() => CSS.highlights.get('company-lens-quote')?.size ?? 0),
      (size) => size === 1,
      { what: 'the re-imported quote marked' },
    );
  });

  it('captures for a new company, whose name is then marked on an open page without a reload', async () => {
    const s = session();
    // The story first: its tab is told by being the one new tab reporting.
    const { page, tabId } = await openStory();
    const other = await open(s, 'capture/other.html');
    await waitUntil(
      () => markedTexts(other),
      (t) => t.includes('Xiaomi'),
      { what: 'Xiaomi marked' },
    );
    expect(await markedTexts(other)).not.toContain('Borealis Quantum');
    await selectText(page, '#unknown');
    const form = await capturePageAfter(s, () => askCapture(extensionPage, tabId), '#capture-save');
    // No company is named: the form asks for a new one. A name another company owns asks which is meant.
    expect(await form.$eval('#capture-company', (el) => (el as HTMLSelectElement).value)).toBe('__new__');
    await form.type('#capture-new-name', 'Xiaomi');
    await form.type('#capture-new-country', 'NO');
    await form.click('#capture-save');
    await form.waitForSelector('.capture-claimed');
    expect(await form.$eval('.capture-claimed', (el) => el.textContent)).toContain(
      'already a name of Xiaomi',
    );
    await form.$eval('#capture-new-name', (el) => {
      (el as HTMLInputElement).value = '';
    });
    await form.type('#capture-new-name', 'Borealis Quantum');
    await form.click('#capture-save');
    await form.waitForSelector('.capture-saved');
    expect(Object.keys(await myNotes(extensionPage))).toContain('borealis-quantum');

    await other.bringToFront();
    await waitUntil(
      () => markedTexts(other),
      (t) => t.includes('Borealis Quantum'),
      {
        timeoutMs: 20_000,
        what: 'the new company marked without a reload',
      },
    );
    await cardShowing(other, 'Borealis Quantum', 'Borealis Quantum signed a supply deal');
  });

  it('refuses a selection too long, one in a password field, and a page it cannot read, storing nothing', async () => {
    const s = session();
    const before = await myNotes(extensionPage);
    const { page, tabId } = await openStory();

    await selectText(page, '#long');
    const tooLong = await capturePageAfter(s, () => askCapture(extensionPage, tabId), '.capture-refusal');
    expect(await tooLong.$eval('.capture-refusal', (el) => el.getAttribute('data-problem'))).toBe('too-long');
    expect(await axeViolations(tooLong)).toEqual([]);

    await page.bringToFront();
    await page.evaluate(() => {
      const field = document.querySelector('#password') as HTMLInputElement;
      field.focus();
      field.select();
    });
    const password = await capturePageAfter(s, () => askCapture(extensionPage, tabId), '.capture-refusal');
    expect(await password.$eval('.capture-refusal', (el) => el.getAttribute('data-problem'))).toBe(
      'password',
    );

    // Our own options page runs no content script: nothing there can answer.
    const optionsTabId = await extensionPage.evaluate(async () => {
      const g = globalThis as unknown as ExtensionGlobals;
      return ((await (g.browser ?? g.chrome).tabs.getCurrent()) as { id: number }).id;
    });
    const unreadable = await capturePageAfter(
      s,
      () => askCapture(extensionPage, optionsTabId),
      '.capture-refusal',
    );
    expect(await unreadable.$eval('.capture-refusal', (el) => el.getAttribute('data-problem'))).toBe(
      'unreadable',
    );
    expect(await unreadable.$eval('.capture-refusal', (el) => el.textContent)).toContain(
      'Nothing was stored.',
    );

    expect(await myNotes(extensionPage)).toEqual(before);
  });
  it('captures a selection made in a frame from the popup’s request, which does not say which frame', async () => {
    const s = session();
    const known = await reportingTabIds(extensionPage);
    const page = await open(s, 'capture/framed.html');
    const tabId = await newReportingTabId(extensionPage, known);
    const { value: frame } = await waitUntil(
      async () => page.frames().find((f) => f.url().endsWith('/capture/framed-story.html')) ?? null,
      (found) => found !== null,
      { what: 'the frame of the embedded story' },
    );
    if (!frame) throw new Error('unreachable');
    await frame.waitForSelector('#framed');
    await selectText(frame, '#framed');
    const form = await capturePageAfter(s, () => askCapture(extensionPage, tabId), '#capture-save');
    expect(await form.$eval('blockquote', (el) => el.textContent)).toBe(
      'Xiaomi opened a second factory near Beijing to build electric cars, the company said.',
    );
    expect(await form.$eval('#capture-company', (el) => (el as HTMLSelectElement).value)).toBe('xiaomi');
  });

  const EDITED = 'Xiaomi must pass licence checks for chip imports.';
  const XIAOMI_QUOTE =
    'The Commerce Department said on Thursday that Xiaomi would face new licence checks on chip imports.';
  /** The texts the page's captured-quote highlight marks. */
  const quotesMarked = (page: Page) =>
    page.evaluate(() => {
      const texts: string[] = [];
      CSS.highlights.get('company-lens-quote')?.forEach((range) => {
        texts.push((range as Range).toString());
      });
      return texts;
    });
  const REVISED = 'Xiaomi chip imports need a licence from May 2024.';

  it('edits a captured fact from its card (kind, summary, date), and the open card shows the change', async () => {
    const s = session();
    const other = await open(s, 'capture/other.html');
    await pinCard(other, 'Xiaomi', EDITED);
    const editor = await capturePageAfter(
      s,
      () => clickInFact(other, EDITED, '.edit-note'),
      '.edit-note-form #capture-save',
      '?edit=',
    );
    expect(await axeViolations(editor)).toEqual([]);
    // What the fact rests on is shown, not editable; what it says is, as it was stored.
    expect(await editor.$eval('blockquote', (el) => el.textContent)).toBe(
      'The Commerce Department said on Thursday that Xiaomi would face new licence checks on chip imports.',
    );
    expect(await editor.$eval('.edit-captured-on', (el) => el.textContent)).toMatch(
      /^Captured on \d{4}-\d{2}-\d{2}$/,
    );
    expect(await editor.$eval('#capture-summary', (el) => (el as HTMLTextAreaElement).value)).toBe(EDITED);
    expect(await editor.$eval('#capture-category', (el) => (el as HTMLSelectElement).value)).toBe('event');
    expect(await editor.$eval('#capture-date', (el) => (el as HTMLInputElement).value)).toBe('2024-05-16');

    await editor.select('#capture-category', 'market');
    await editor.select('#capture-precision', 'month');
    await editor.click('#capture-inferred');
    await editor.$eval('#capture-summary', (el) => {
      (el as HTMLTextAreaElement).value = '';
    });
    await editor.type('#capture-summary', REVISED);
    await editor.click('#capture-save');
    const { value: facts } = await waitUntil(
      () => noteFacts(extensionPage),
      (stored) => stored.some((f) => f.summary === REVISED),
      { what: 'the edit stored' },
    );
    expect(facts.find((f) => f.summary === REVISED)).toMatchObject({
      category: 'market',
      date: { value: '2024-05', precision: 'month', inferred: true },
      quote:
        'The Commerce Department said on Thursday that Xiaomi would face new licence checks on chip imports.',
    });
    // Saved, the editor closes itself, back to the page.
    await waitUntil(
      () => editor.evaluate(() => document.body.innerText).catch(() => 'closed'),
      (text) => text === 'closed',
      { what: 'the editor closed' },
    );
    // The card that was open shows the change: the same card, not one a restart made.
    const { value: card } = await waitUntil(
      () => openCard(other),
      (c) => c?.text.includes(REVISED) === true,
      { timeoutMs: 15_000, what: 'the open card showing the edit' },
    );
    expect(card?.same).toBe(true);
    expect(card?.text).not.toContain(EDITED);
  });

  it('deletes a captured fact from its card, which drops it at once, and undoes the delete', async () => {
    const s = session();
    const other = await open(s, 'capture/other.html');
    await pinCard(other, 'Xiaomi', REVISED);
    await clickInFact(other, REVISED, '.delete-note');
    const { value: deleted } = await waitUntil(
      () => openCard(other),
      (c) => c?.undo === true && !c.text.includes(REVISED),
      { what: 'the card without the fact, offering Undo' },
    );
    expect(deleted?.text).toContain('Fact deleted from My notes.');
    await waitUntil(
      () => noteFacts(extensionPage),
      (stored) => !stored.some((f) => f.summary === REVISED),
      { what: 'the delete stored' },
    );
    await inCardRoot(other, (root) => (root.querySelector('.note-undo') as HTMLButtonElement).click());
    await waitUntil(
      () => noteFacts(extensionPage),
      (stored) => stored.some((f) => f.summary === REVISED && f.category === 'market'),
      { what: 'the undo stored' },
    );
    const { value: restored } = await waitUntil(
      () => openCard(other),
      (c) => c?.text.includes(REVISED) === true,
      { timeoutMs: 15_000, what: 'the fact back in the open card' },
    );
    expect(restored?.text).toContain('Fact restored.');
    expect(restored?.same).toBe(true);
  });

  it('deletes a captured fact from its card, and it is gone from the card on another page', async () => {
    const s = session();
    const story = await open(s, 'capture/story.html');
    await cardShowing(story, 'Xiaomi', REVISED);
    await waitUntil(
      () => quotesMarked(story),
      (quotes) => quotes.includes(XIAOMI_QUOTE),
      { what: 'the captured quote marked' },
    );
    const other = await open(s, 'capture/other.html');
    await pinCard(other, 'Xiaomi', REVISED);
    await clickInFact(other, REVISED, '.delete-note');
    await waitUntil(
      () => noteFacts(extensionPage),
      (stored) => !stored.some((f) => f.summary === REVISED),
      { what: 'the delete stored' },
    );
    await story.bringToFront();
    // The card still opens there, with the other facts, and without this one; nor is its quote marked.
    const { value: card } = await waitUntil(
      () => hoverName(story, 'Xiaomi'),
      (text) => text.includes('Xiaomi') && !text.includes(REVISED),
      { timeoutMs: 20_000, intervalMs: 100, what: 'the card on the other page without the fact' },
    );
    expect(card).toContain('Xiaomi');
    await waitUntil(
      () => quotesMarked(story),
      // The page's other captured quote (Borealis Quantum's) stays marked.
      (quotes) => quotes.length === 1 && !quotes.includes(XIAOMI_QUOTE),
      { what: 'the deleted fact’s quote no longer marked' },
    );
  });

  it('edits a note into a status from its card: the marks take the new level and the open card stays', async () => {
    const s = session();
    const borealis = (await noteFacts(extensionPage)).find((f) => f.quote.startsWith('Borealis Quantum'));
    if (!borealis) throw new Error('the Borealis Quantum note of an earlier test is missing');
    const other = await open(s, 'capture/other.html');
    await pinCard(other, 'Borealis Quantum', borealis.summary);
    const levelOf = async () =>
      (await readMarks(other)).find((m) => m.text === 'Borealis Quantum')?.highlight ?? 'unmarked';
    expect(await levelOf()).toBe('company-lens-none');
    const editor = await capturePageAfter(
      s,
      () => clickInFact(other, borealis.summary, '.edit-note'),
      '.edit-note-form #capture-save',
      '?edit=',
    );
    await editor.select('#capture-category', 'status');
    await editor.waitForSelector('#capture-level');
    await editor.select('#capture-level', 'restricted');
    await editor.type('#capture-label', 'On a test list');
    await editor.click('#capture-save');
    await waitUntil(
      () => noteFacts(extensionPage),
      (stored) => stored.some((f) => f.quote === borealis.quote && f.category === 'status'),
      { what: 'the status stored' },
    );
    // Saved, the editor closes itself, back to the page (as in the edit test above).
    await waitUntil(
      () => editor.evaluate(() => document.body.innerText).catch(() => 'closed'),
      (text) => text === 'closed',
      { what: 'the editor closed' },
    );
    await waitUntil(levelOf, (highlight) => highlight === 'company-lens-restricted', {
      timeoutMs: 15_000,
      what: 'Borealis Quantum marked at its new level',
    });
    const { value: card } = await waitUntil(
      () => openCard(other),
      (c) => c?.text.includes('On a test list') === true,
      { timeoutMs: 15_000, what: 'the open card showing the status' },
    );
    expect(card?.same).toBe(true);
  });
});
