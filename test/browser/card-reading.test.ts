/**
 * What the card says and how it reads, in real Chromium and Firefox: the status block, the summary and
 * the full list, the source reader, copying a citation, a pinned card that docks, and a card that
 * still shows a whole fact in a short, zoomed window. The card's closed shadow root is read through
 * the browsers' own protocols (`test/support/card-root.ts`), never through a hook of ours.
 */
import type { Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import { demoPageHtml } from '../../scripts/demo-page.ts';
import { cardFacts } from '../../src/content/card/card-facts.ts';
import { citationText } from '../../src/shared/citation.ts';
import { articleById, companyById } from '../../src/shared/dataset.ts';
import type { Company } from '../../src/shared/dataset-types.ts';
import { formatMarkedDate } from '../../src/shared/format-fuzzy-date.ts';
import { formatFuzzyAge, fuzzyAge } from '../../src/shared/fuzzy-date-age.ts';
import { type Box, cardBox, inCardRoot } from '../support/card-root.ts';
import { waitUntil } from '../support/extension-state.ts';
import { trackOpenedPages } from '../support/opened-pages.ts';
import { type PaintedMark, readMarks, waitForStableMarks } from '../support/page-marks.ts';
import { setViewport } from '../support/viewport.ts';
import { forEachBrowser } from './harness.ts';

const { opened, open } = trackOpenedPages();

const xiaomi = companyById('xiaomi') as Company;

/** The viewport boxes of every element matching `selector` inside the card (empty while it is closed). */
const boxesIn = (page: Page, selector: string) =>
  inCardRoot(
    page,
    (root, sel) =>
      [...root.querySelectorAll(sel)].map((el) => {
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }),
    selector,
  ).then((boxes) => boxes ?? []);

/** The rendered text of every element matching `selector` inside the card. */
const textsIn = (page: Page, selector: string) =>
  inCardRoot(
    page,
    (root, sel) =>
      [...root.querySelectorAll<HTMLElement>(sel)]
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => el.innerText.replace(/\s+/g, ' ').trim()),
    selector,
  ).then((texts) => texts ?? []);

async function waitForCardText(
  page: Page,
  selector: string,
  accept: (texts: string[]) => boolean,
  what: string,
) {
  return (await waitUntil(() => textsIn(page, selector), accept, { timeoutMs: 5000, what })).value;
}

/** Clicks the `index`-th element matching `selector` in the card, with the mouse, as a user would. */
async function clickIn(page: Page, selector: string, index = 0) {
  const { value } = await waitUntil(
    () => boxesIn(page, selector),
    (boxes) => (boxes[index]?.width ?? 0) > 0,
    { timeoutMs: 5000, what: `${selector} in the card` },
  );
  const box = value[index] as Box;
  await page.mouse.click(box.x + Math.min(box.width / 2, 30), box.y + box.height / 2);
}

const centre = (r: Box) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

async function firstXiaomi(page: Page): Promise<PaintedMark> {
  return (await waitForStableMarks(page)).find((m) => m.text === 'Xiaomi') as PaintedMark;
}

async function hoverOpen(page: Page, mark: PaintedMark) {
  await page.mouse.move(centre(mark.rect).x, centre(mark.rect).y, { steps: 5 });
  await waitForCardText(page, '.status-what', (t) => t.length === 1, 'the card to open');
}

forEachBrowser(
  'card reading',
  (session) => {
    it('says what the status is, as of when and how long ago, and explains the inferred date', async () => {
      const page = await open(session(), 'demo.html');
      await hoverOpen(page, await firstXiaomi(page));
      expect(await textsIn(page, '.status-what')).toEqual([`Contested ${xiaomi.status.label}`]);
      const age = fuzzyAge(xiaomi.status.asOf, new Date());
      expect(age?.stale, 'the data is years old').toBe(true);
      const ageText = formatFuzzyAge(age as NonNullable<typeof age>, 'en-US');
      const [when] = await textsIn(page, '.status-when');
      // The warning is spoken too: a visually hidden phrase after the age.
      expect(when).toBe(
        `As of ${formatMarkedDate(xiaomi.status.asOf, 'en-US')} ⚠${ageText} , older than a year, may be out of date`,
      );
      expect(when).toMatch(/^As of ~Mar 2021 ⚠\d+ years ago /);

      // The explanation of "~" shows on hover, from the article's own date basis.
      expect(await textsIn(page, '.status [role="tooltip"]')).toEqual([]);
      const [date] = await boxesIn(page, '.status .when.inferred');
      await page.mouse.move(centre(date as Box).x, centre(date as Box).y, { steps: 3 });
      const [tip] = await waitForCardText(page, '.status [role="tooltip"]', (t) => t.length === 1, 'the tip');
      expect(tip).toBe(`~ date inferred: ${articleById('000_5c88bbee9d896a2e')?.dateBasis}`);
    });

    it('opens on the facts the status rests on, status facts first, and lists every fact on request', async () => {
      const page = await open(session(), 'demo.html');
      await hoverOpen(page, await firstXiaomi(page));
      const { basis, recent, all } = cardFacts(xiaomi);
      const summaries = await textsIn(page, '.summary');
      expect(summaries).toEqual([...basis, ...recent].map((f) => f.summary));
      // The ruling that sets the status comes before the spokesperson's denial of the same month,
      // although the source file lists the denial first.
      expect(summaries[0]).toBe(
        "A US judge temporarily blocked Xiaomi's inclusion on the Pentagon's investment blacklist.",
      );
      expect(xiaomi.facts.findIndex((f) => f.id === 'xiaomi-spokesperson-denies-military-ties')).toBeLessThan(
        xiaomi.facts.findIndex((f) => f.id === 'xiaomi-dod-listing-blocked-by-judge'),
      );
      expect(await textsIn(page, '.show-all')).toEqual([
        `All ${xiaomi.facts.length} facts: ${all.history.length} on restrictions and bans, ${all.market.length} market notes`,
      ]);

      await clickIn(page, '.show-all');
      await waitForCardText(page, 'h3', (t) => t[0] === 'Restrictions and bans', 'the full list');
      expect(await textsIn(page, 'h3')).toEqual(['Restrictions and bans', 'Market notes']);
      expect(await textsIn(page, '.summary')).toEqual([...all.history, ...all.market].map((f) => f.summary));
      expect(await textsIn(page, '.show-all')).toEqual(['Back to the summary']);
      // Clicking inside the card did not close it, and the card still belongs to the hovered name.
      expect(await cardBox(page)).not.toBeNull();
    });

    it('opens the article in the source reader, scrolled to the quote and marking it', async () => {
      const s = session();
      const page = await open(s, 'demo.html');
      await hoverOpen(page, await firstXiaomi(page));
      const fact = cardFacts(xiaomi).basis[0];
      if (!fact) throw new Error('Xiaomi has a status fact');
      await clickIn(page, '.toggle');
      await waitForCardText(page, '.source-actions', (t) => t.length === 1, 'the opened fact');
      expect(await textsIn(page, '.source blockquote')).toEqual([fact.quote]);
      expect(await textsIn(page, '.cite-meta')).toEqual([
        `Publisher not known · cites Technoeager · ~Mar 2021`,
      ]);

      const readerUrl = `${s.extensionOrigin}/src/reader/index.html?article=${fact.articleId}&fact=${fact.id}`;
      const before = await s.browser.pages();
      await clickIn(page, '.source-actions button', 0);
      // A new tab by the page we were on. Its address is read from the page itself: puppeteer's
      // url() stays "about:blank" for a tab an extension opened in Firefox (BiDi, 2026-12).
      const { value: tabs } = await waitUntil(
        async () => {
          const added = (await s.browser.pages()).filter((p) => !before.includes(p));
          const hrefs = await Promise.all(added.map((p) => p.evaluate(() => location.href).catch(() => '')));
          return added.filter((_, i) => hrefs[i] === readerUrl);
        },
        (found) => found.length === 1,
        { timeoutMs: 10_000, what: `a tab at ${readerUrl}` },
      );
      const reader = tabs[0] as Page;
      opened.push(reader);
      const { value: shown } = await waitUntil(
        () =>
          reader
            .evaluate(() => {
              const mark = document.querySelector('mark');
              if (!mark) return null;
              const r = mark.getBoundingClientRect();
              return {
                text: mark.textContent,
                top: r.top,
                bottom: r.bottom,
                height: innerHeight,
                focused: document.activeElement === mark,
                headline: document.querySelector('h1')?.textContent,
                scrolled: scrollY,
              };
            })
            .catch(() => null),
        (v) => v?.focused === true,
        { timeoutMs: 10_000, what: 'the reader to mark and focus the quote' },
      );
      expect(shown?.text).toBe(fact.quote);
      expect(shown?.headline).toBe(articleById(fact.articleId)?.headline);
      expect(shown?.top).toBeGreaterThanOrEqual(0);
      expect(shown?.bottom).toBeLessThanOrEqual(shown?.height ?? 0);
      expect(shown?.scrolled, 'the quote is further down than the first screen').toBeGreaterThan(0);
    });

    it('copies the quote with its citation', async () => {
      const s = session();
      const page = await open(s, 'demo.html');
      if (s.name === 'chromium') {
        await s.browser
          .defaultBrowserContext()
          .overridePermissions(s.server.origin, ['clipboard-read', 'clipboard-sanitized-write']);
      }
      await hoverOpen(page, await firstXiaomi(page));
      const fact = cardFacts(xiaomi).basis[0];
      const article = fact && articleById(fact.articleId);
      if (!fact || !article) throw new Error('Xiaomi has a status fact with its article');
      await clickIn(page, '.toggle');
      await clickIn(page, '.source-actions button', 1);
      expect(
        await waitForCardText(page, '.copy-status', (t) => t.length === 1, 'the copy to be confirmed'),
      ).toEqual(['Copied the quote with its citation']);

      const expected = citationText(
        fact,
        article,
        {
          publisherUnknown: 'Publisher not known',
          cites: (c) => `cites ${c}`,
          dateInferred: 'date inferred',
        },
        'en-US',
      );
      let pasted: string;
      if (s.name === 'chromium') {
        pasted = await page.evaluate(() => navigator.clipboard.readText());
      } else {
        // Firefox asks before a page reads the clipboard; a real paste into a field needs no prompt.
        await page.keyboard.press('Escape');
        await page.evaluate(() => {
          const field = document.createElement('textarea');
          field.id = 'paste-here';
          document.body.prepend(field);
          field.focus();
        });
        await page.keyboard.down('Control');
        await page.keyboard.press('v');
        await page.keyboard.up('Control');
        pasted = (
          await waitUntil(
            () => page.evaluate(() => (document.getElementById('paste-here') as HTMLTextAreaElement).value),
            (v) => v !== '',
            { timeoutMs: 3000, what: 'the paste' },
          )
        ).value;
      }
      expect(pasted).toBe(expected);
      expect(pasted).toMatch(
        /^“Hence, it has decided .*” — A judge suspends Xiaomi blockade regarding national security\. Publisher not known, cites Technoeager, ~Mar 2021 \(date inferred\)\.$/,
      );
    });

    it('keeps a pinned card open when its name scrolls away, docked at the edge, until Escape', async () => {
      const page = await open(session(), 'demo.html');
      const mark = await firstXiaomi(page);
      await page.mouse.click(centre(mark.rect).x, centre(mark.rect).y);
      await waitForCardText(page, '.pinned-tag', (t) => t[0] === 'Pinned', 'the pinned card');
      await page.evaluate(() => window.scrollBy(0, innerHeight * 2));
      await waitForCardText(
        page,
        '.docked',
        (t) => t[0] === 'Its mention is out of view',
        'the card to dock',
      );
      const viewport = await page.evaluate(() => ({ width: document.documentElement.clientWidth }));
      const { value: docked } = await waitUntil(
        () => cardBox(page),
        (b) => b !== null && b.y === 8,
        { timeoutMs: 3000, what: 'the card at the top edge' },
      );
      expect((docked as Box).x + (docked as Box).width).toBeCloseTo(viewport.width - 8, 0);
      // The pointer leaving and a click elsewhere on the page do not close a pinned card.
      await page.mouse.move(5, 400, { steps: 5 });
      await page.mouse.click(5, 400);
      expect(await cardBox(page)).not.toBeNull();
      // Scrolled back, it returns beside its name and stops saying it is docked.
      await page.evaluate(() => window.scrollTo(0, 0));
      await waitForCardText(page, '.docked', (t) => t.length === 0, 'the card to undock');
      const back = (await cardBox(page)) as Box;
      expect(back.y).toBeGreaterThanOrEqual(mark.rect.y + mark.rect.height);
      await page.keyboard.press('Escape');
      await waitUntil(
        () => cardBox(page),
        (b) => b === null,
        { timeoutMs: 2000, what: 'the card to close' },
      );
    });

    it('shows the status and a whole fact without scrolling in a 640x450 window at 200% zoom, never over its name', async () => {
      const page = await open(session(), 'demo.html');
      await setViewport(page, { width: 640, height: 450, deviceScaleFactor: 2 });
      await waitUntil(
        () => page.evaluate(() => innerHeight),
        (h) => h === 450,
        { timeoutMs: 3000, what: 'the 640x450 viewport' },
      );
      // The hardest place: a name in the middle of the window, with the least room above and below.
      const start = await firstXiaomi(page);
      await page.evaluate((y) => window.scrollBy(0, y - 225), centre(start.rect).y);
      const { value: marks } = await waitUntil(
        () => readMarks(page),
        (all) => all.some((m) => m.text === 'Xiaomi' && Math.abs(centre(m.rect).y - 225) < 40),
        { timeoutMs: 5000, what: 'a Xiaomi mark mid-window' },
      );
      const mark = marks.find(
        (m) => m.text === 'Xiaomi' && Math.abs(centre(m.rect).y - 225) < 40,
      ) as PaintedMark;
      await hoverOpen(page, mark);
      const card = (await cardBox(page)) as Box;
      expect(card.y).toBeGreaterThanOrEqual(0);
      expect(card.y + card.height).toBeLessThanOrEqual(450);
      const overlaps = card.y < mark.rect.y + mark.rect.height && mark.rect.y < card.y + card.height;
      expect(overlaps, 'the card covers its own name').toBe(false);

      const [body] = await boxesIn(page, '.body');
      const [status] = await boxesIn(page, '.status');
      const [fact] = await boxesIn(page, '.toggle');
      const inside = (b: Box | undefined) =>
        b !== undefined &&
        b.y >= (body as Box).y - 0.5 &&
        b.y + b.height <= (body as Box).y + (body as Box).height + 0.5;
      expect(inside(status), `status ${JSON.stringify(status)} in ${JSON.stringify(body)}`).toBe(true);
      expect(inside(fact), `first fact ${JSON.stringify(fact)} in ${JSON.stringify(body)}`).toBe(true);
      // There is more below, and the card says so.
      const cue = await inCardRoot(page, (root) => {
        const scroller = root.querySelector('.body') as HTMLElement;
        return {
          more: scroller.scrollHeight > scroller.clientHeight,
          cue: (root.querySelector('.more-cue') as HTMLElement).getClientRects().length > 0,
        };
      });
      expect(cue).toEqual({ more: true, cue: true });
    });
  },
  { routes: { '/demo.html': () => demoPageHtml() } },
);
