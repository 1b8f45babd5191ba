/**
 * The hover card in real Chromium and Firefox, against the demo articles and a hostile-CSS page.
 *
 * The card lives in a closed shadow root, and the tests do not open it (the page must not be able to
 * either). What they read instead, from outside, in both browsers:
 * - the host element's geometry and top-layer state (`:popover-open`), and `elementFromPoint`;
 * - the card's text through `window.find()`, which searches rendered text including closed shadow
 *   trees in both engines, for strings that appear only in the card;
 * - the `company-lens-active` highlight (which mention the card belongs to) from the page's world;
 * - pixels of the card, compared between an ordinary and a hostile page.
 * Chromium's accessibility tree (CDP) also reaches into closed roots, so there the dialog's role, name
 * and disclosure buttons are checked too; Firefox's BiDi accessibility locator does not see any shadow
 * tree (Firefox ESR 153, 2026), so there the structure is covered by the jsdom + axe unit tests.
 * Functions passed to `evaluate` are arrow functions: tsx's keepNames breaks named ones in the browser.
 */
import type { Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import type { Browser as ExtensionApi } from 'webextension-polyfill';
import { demoPageHtml } from '../../scripts/demo-page.ts';
import { cardFacts } from '../../src/content/card/card-facts.ts';
import { DARK, LIGHT } from '../../src/content/card/card-theme.ts';
import { summarizeSources } from '../../src/content/card/summarize-sources.ts';
import { DEFAULT_GRACE_MS } from '../../src/content/hover/hover-intent.ts';
import { articleById, companyById } from '../../src/shared/dataset.ts';
import { formatMarkedDate } from '../../src/shared/format-fuzzy-date.ts';
import { DEFAULT_SETTINGS } from '../../src/shared/settings-schema.ts';
import { type Box, cardBox } from '../support/card-root.ts';
import {
  newReportingTabId,
  replaceStoredSettings,
  reportingTabIds,
  waitUntil,
} from '../support/extension-state.ts';
import { trackOpenedPages } from '../support/opened-pages.ts';
import { type PaintedMark, waitForStableMarks } from '../support/page-marks.ts';
import { forEachBrowser } from './harness.ts';

const { opened, open } = trackOpenedPages();

const waitForCard = (page: Page, what = 'the card to open') =>
  waitUntil(
    () => cardBox(page),
    (box) => box !== null && box.width > 0,
    { timeoutMs: 5000, what },
  ).then(({ value, ms }) => ({ box: value as Box, ms }));

const waitForNoCard = (page: Page, timeoutMs = 3000) =>
  waitUntil(
    () => cardBox(page),
    (box) => box === null,
    { timeoutMs, what: 'the card to close' },
  );

/** True if the rendered page (closed shadow trees included) shows `text`. Leaves no selection behind. */
const shows = (page: Page, text: string): Promise<boolean> =>
  page.evaluate((needle) => {
    getSelection()?.removeAllRanges();
    const found = (window as unknown as { find(s: string, caseSensitive: boolean): boolean }).find(
      needle,
      true,
    );
    getSelection()?.removeAllRanges();
    return found;
  }, text);

/** The text of the mention marked as the open card's, from the page's own world. */
const activeMention = (page: Page): Promise<{ text: string; top: number; bottom: number } | null> =>
  page.evaluate(() => {
    let found: { text: string; top: number; bottom: number } | null = null;
    CSS.highlights.get('company-lens-active')?.forEach((range) => {
      const r = (range as Range).getBoundingClientRect();
      found = { text: (range as Range).toString(), top: r.top, bottom: r.bottom };
    });
    return found;
  });

const centre = (r: Box) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 });

/**
 * For the assertions that something does NOT happen: there is no signal of a card that never opens or
 * never closes, so wait out the longest the hover machine could take to act (the default hover delay
 * and the grace period, from the product's own constants), twice over for a loaded machine.
 */
const outlastHoverIntent = () =>
  new Promise((r) => setTimeout(r, 2 * (DEFAULT_SETTINGS.hoverDelayMs + DEFAULT_GRACE_MS)));

async function hover(page: Page, mark: PaintedMark) {
  const { x, y } = centre(mark.rect);
  await page.mouse.move(x, y, { steps: 5 });
}

/** What the card must say about a company, worked out from the dataset the way a reader would check it. */
function expectedLines(companyId: string) {
  const company = companyById(companyId);
  if (!company) throw new Error(`No company ${companyId} in the dataset`);
  const { articleCount, latest } = summarizeSources(company, articleById);
  const latestText = latest ? formatMarkedDate(latest, 'en-US') : '';
  return {
    company,
    status: company.status.label,
    // The date is a button of its own, which Chromium's find does not search across: the words only.
    asOf: 'As of',
    footer:
      articleCount === 1
        ? `From 1 article, dated ${latestText}`
        : `From ${articleCount} articles, latest ${latestText}`,
    newest: cardFacts(company).basis[0]?.summary,
  };
}

/** A small card region's pixels as a flat RGBA array, decoded by the browser itself. */
async function cardPixels(page: Page, box: Box): Promise<number[]> {
  // Inside the border and rounded corners, and whole pixels, so only the card's own paint is compared.
  const clip = {
    x: Math.ceil(box.x) + 10,
    y: Math.ceil(box.y) + 10,
    width: Math.floor(box.width) - 20,
    height: 110,
  };
  // captureBeyondViewport would resize the viewport for the shot, which re-lays out the page under test.
  const png = await page.screenshot({ clip, encoding: 'base64', captureBeyondViewport: false });
  return page.evaluate(async (data) => {
    const blob = await (await fetch(`data:image/png;base64,${data}`)).blob();
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
    context.drawImage(bitmap, 0, 0);
    return [...context.getImageData(0, 0, bitmap.width, bitmap.height).data];
  }, png);
}

/** A right-to-left page with a name that wraps in a narrow column, and one at the bottom of the view. */
function geometryPageHtml(): string {
  return `<!doctype html>
<html lang="en" dir="rtl">
<head><meta charset="utf-8"><title>Card geometry</title>
<style>
  body { margin: 0; font: 20px/1.5 sans-serif; }
  #wrap { width: min-content; margin: 40px 300px 0 0; }
  #bottom { position: fixed; bottom: 4px; right: 200px; margin: 0; }
</style></head>
<body>
  <p id="wrap">Shares of China Mobile rose.</p>
  <p id="bottom">Huawei said so.</p>
</body>
</html>`;
}

/** Mean absolute difference per colour channel of two RGBA images of the same size (0-255). */
function meanDifference(a: number[], b: number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) if (i % 4 !== 3) sum += Math.abs((a[i] ?? 0) - (b[i] ?? 0));
  return sum / ((a.length / 4) * 3);
}

forEachBrowser(
  'hover card: opening and closing',
  (session) => {
    it('shows the facts of a hovered name, beside it and inside the viewport', async () => {
      const page = await open(session(), 'demo.html');
      const mark = (await waitForStableMarks(page)).find((m) => m.text === 'Xiaomi') as PaintedMark;
      const expected = expectedLines('xiaomi');
      for (const line of [expected.asOf, expected.footer]) expect(await shows(page, line), line).toBe(false);

      await hover(page, mark);
      const { box, ms } = await waitForCard(page);
      // Opens after the hover delay (200 ms by default), not at once and not much later.
      expect(ms).toBeLessThan(1500);
      const viewport = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      // Below the name (there is room there), close to it.
      expect(box.y).toBeGreaterThanOrEqual(mark.rect.y + mark.rect.height);
      expect(box.y).toBeLessThan(mark.rect.y + mark.rect.height + 20);

      expect(await activeMention(page)).toMatchObject({ text: 'Xiaomi' });
      expect(await shows(page, expected.status), expected.status).toBe(true);
      expect(await shows(page, expected.asOf), expected.asOf).toBe(true);
      expect(await shows(page, expected.footer), expected.footer).toBe(true);
      expect(await shows(page, 'What the status rests on')).toBe(true);
      if (expected.newest) expect(await shows(page, expected.newest), expected.newest).toBe(true);

      if (session().name === 'chromium') {
        const tree = await page.accessibility.snapshot();
        type Node = { role: string; name?: string; expanded?: boolean; children?: Node[] };
        const all: Node[] = [];
        const walk = (n: Node) => {
          all.push(n);
          for (const c of n.children ?? []) walk(c);
        };
        walk(tree as Node);
        const dialog = all.find((n) => n.role === 'dialog');
        expect(dialog?.name).toBe('Xiaomi');
        const inDialog: Node[] = [];
        const walkDialog = (n: Node) => {
          inDialog.push(n);
          for (const c of n.children ?? []) walkDialog(c);
        };
        if (dialog) walkDialog(dialog);
        const disclosures = inDialog.filter((n) => n.role === 'button' && n.expanded === false);
        const { basis, recent } = cardFacts(expected.company);
        // One per fact of the summary, the "all facts" button, and the status date's explanation.
        const dateTip = expected.company.status.asOf.inferred ? 1 : 0;
        expect(disclosures).toHaveLength(basis.length + recent.length + 1 + dateTip);
      }
    });

    it('shows nothing over plain text', async () => {
      const page = await open(session(), 'demo.html');
      await waitForStableMarks(page);
      const plain = await page.evaluate(() => {
        const r = (document.querySelector('h1') as HTMLElement).getBoundingClientRect();
        return { x: r.x + 40, y: r.y + 10 };
      });
      await page.mouse.move(plain.x, plain.y, { steps: 5 });
      // Nothing to wait for when nothing should happen: outlast the time a card would take to open.
      await outlastHoverIntent();
      expect(await cardBox(page)).toBeNull();
    });

    it('stays open while the pointer moves into it, and closes once the pointer leaves', async () => {
      const page = await open(session(), 'demo.html');
      const mark = (await waitForStableMarks(page)).find((m) => m.text === 'Xiaomi') as PaintedMark;
      await hover(page, mark);
      const { box } = await waitForCard(page);
      const inside = { x: box.x + 40, y: box.y + 60 };
      await page.mouse.move(inside.x, inside.y, { steps: 10 });
      // Outlast the grace period that would have closed it, had reaching the card not cancelled it.
      await outlastHoverIntent();
      expect(await cardBox(page)).not.toBeNull();
      await page.mouse.move(5, 5, { steps: 10 });
      const { ms } = await waitForNoCard(page);
      expect(ms).toBeLessThan(1500);
      expect(await activeMention(page)).toBeNull();
    });

    it('closes on Escape, and pins on a click: then neither the pointer nor a click elsewhere closes it', async () => {
      const page = await open(session(), 'demo.html');
      const mark = (await waitForStableMarks(page)).find((m) => m.text === 'Xiaomi') as PaintedMark;
      await hover(page, mark);
      await waitForCard(page);
      await page.keyboard.press('Escape');
      await waitForNoCard(page, 500);

      const { x, y } = centre(mark.rect);
      await page.mouse.click(x, y);
      await waitForCard(page);
      await page.mouse.move(5, 5, { steps: 10 });
      await page.mouse.click(5, 5);
      // The click went through the page's own handlers before it reached ours; one frame more is enough.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      expect(await cardBox(page), 'a pinned card ignores the pointer and clicks elsewhere').not.toBeNull();
      await page.keyboard.press('Escape');
      await waitForNoCard(page, 500);
    });

    it('closes when its mention scrolls out of view, unless pinned', async () => {
      const page = await open(session(), 'demo.html');
      const mark = (await waitForStableMarks(page)).find((m) => m.text === 'Xiaomi') as PaintedMark;
      await hover(page, mark);
      await waitForCard(page);
      await page.evaluate(() => window.scrollBy(0, innerHeight * 2));
      await waitForNoCard(page, 1000);
    });

    it('leaves nothing behind when switched off', async () => {
      const s = session();
      const helper = await s.openOptions();
      opened.push(helper);
      await replaceStoredSettings(helper, {});
      const page = await open(s, 'demo.html');
      const mark = (await waitForStableMarks(page)).find((m) => m.text === 'Xiaomi') as PaintedMark;
      await hover(page, mark);
      await waitForCard(page);
      await replaceStoredSettings(helper, { enabled: false });
      try {
        await waitUntil(
          () => page.evaluate(() => document.querySelectorAll('[company-lens-card]').length),
          (count) => count === 0,
          { timeoutMs: 3000, what: 'the card host to be removed' },
        );
        expect(await activeMention(page)).toBeNull();
      } finally {
        await replaceStoredSettings(helper, {}); // the next tests run with the defaults
      }
    });
  },
  { routes: { '/demo.html': () => demoPageHtml() } },
);

forEachBrowser(
  'hover card: placement, theme, keyboard and hostile pages',
  (session) => {
    it('places the card by the hovered line of a wrapped name, on a right-to-left page, flipping at the bottom', async () => {
      const page = await open(session(), 'card-geometry.html');
      await waitForStableMarks(page);
      const lines = await page.evaluate(() => {
        const rects: { x: number; y: number; width: number; height: number }[] = [];
        CSS.highlights.forEach((highlight, name) => {
          // The tint holds the same ranges (where underlines cannot be drawn, Firefox < 146).
          if (name.startsWith('company-lens-fill-')) return;
          highlight.forEach((range) => {
            if ((range as Range).toString().replace(/\s+/g, ' ') !== 'China Mobile') return;
            for (const r of (range as Range).getClientRects()) {
              if (r.width > 0) rects.push({ x: r.x, y: r.y, width: r.width, height: r.height });
            }
          });
        });
        return rects;
      });
      expect(lines.length, 'the name wraps onto two lines').toBe(2);
      const second = lines[1] as Box;
      await page.mouse.move(centre(second).x, centre(second).y, { steps: 5 });
      const { box } = await waitForCard(page);
      expect(box.y).toBeGreaterThanOrEqual(second.y + second.height);
      expect(box.y).toBeLessThan(second.y + second.height + 20);
      // Right to left: the card's start (right) edge lines up with the line's, unless shifted into view.
      const viewportWidth = await page.evaluate(() => innerWidth);
      expect(Math.abs(box.x + box.width - Math.min(second.x + second.width, viewportWidth - 8))).toBeLessThan(
        1.5,
      );

      await page.keyboard.press('Escape');
      await waitForNoCard(page, 500);
      const bottom = (await waitForStableMarks(page)).find((m) => m.text === 'Huawei') as PaintedMark;
      await hover(page, bottom);
      const { box: flipped } = await waitForCard(page);
      expect(flipped.y + flipped.height, 'above the name, as there is no room below').toBeLessThanOrEqual(
        bottom.rect.y,
      );
      expect(flipped.y).toBeGreaterThanOrEqual(0);
    });

    it('follows the theme setting', async () => {
      const s = session();
      const helper = await s.openOptions();
      opened.push(helper);
      for (const [theme, palette] of [
        ['dark', DARK],
        ['light', LIGHT],
      ] as const) {
        await replaceStoredSettings(helper, { theme });
        const page = await open(s, 'demo.html');
        const mark = (await waitForStableMarks(page)).find((m) => m.text === 'Xiaomi') as PaintedMark;
        await hover(page, mark);
        const { box } = await waitForCard(page);
        // A spot of plain card background: right of the name, left of the buttons.
        const pixels = await cardPixels(page, box);
        const width = Math.round(box.width - 20);
        const at = (2 * width + 150) * 4;
        const hex = `#${[0, 1, 2].map((c) => (pixels[at + c] ?? 0).toString(16).padStart(2, '0')).join('')}`;
        expect(hex, theme).toBe(palette.background);
        await page.close();
      }
      await replaceStoredSettings(helper, {});
    });

    it('steps through mentions from the keyboard command, focus inside the card, and gives focus back', async () => {
      const s = session();
      const helper = await s.openOptions();
      opened.push(helper);
      await replaceStoredSettings(helper, {});
      const known = await reportingTabIds(helper);
      const page = await open(s, 'demo.html');
      // In reading order (the page is a single column): highlights list their marks by status, not by place.
      const marks = (await waitForStableMarks(page)).sort(
        (a, b) => a.rect.y - b.rect.y || a.rect.x - b.rect.x,
      );
      const tabId = await newReportingTabId(helper, known);
      // Where focus was before: a control of the page's own.
      await page.evaluate(() => {
        const button = document.createElement('button');
        button.id = 'page-control';
        button.textContent = 'Page control';
        document.body.append(button);
        button.focus();
      });
      // The same message the background sends for the `next-mention` / `previous-mention` commands.
      const send = (message: object) =>
        helper.evaluate(
          async (id, m) => {
            const g = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
            return (g.browser ?? g.chrome).tabs.sendMessage(id, m, { frameId: 0 });
          },
          tabId,
          message,
        );
      const focused = () =>
        page.evaluate(() =>
          document.activeElement?.hasAttribute('company-lens-card')
            ? 'card'
            : (document.activeElement?.localName ?? null),
        );

      expect(await send({ type: 'step-mention', direction: 1 })).toBe(true);
      await waitForCard(page);
      expect(await focused()).toBe('card');
      const first = await activeMention(page);
      expect(first?.text).toBe(marks[0]?.text);
      expect(await send({ type: 'step-mention', direction: 1 })).toBe(true);
      await waitUntil(
        () => activeMention(page),
        (m) => m !== null && m.top !== first?.top,
        { what: 'the next mention' },
      );
      expect((await activeMention(page))?.text).toBe(marks[1]?.text);
      expect(await send({ type: 'step-mention', direction: -1 })).toBe(true);
      await waitUntil(
        () => activeMention(page),
        (m) => m?.top === first?.top,
        { what: 'the previous mention' },
      );

      // Tab moves through the card's controls without leaving it.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(await focused()).toBe('card');
      await page.keyboard.press('Escape');
      await waitForNoCard(page, 500);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('page-control');

      // A company far down the page: its first mention is scrolled into the middle of the view.
      expect(await send({ type: 'reveal-company', companyId: 'qualcomm' })).toBe(true);
      await waitForCard(page);
      const revealed = await activeMention(page);
      const height = await page.evaluate(() => innerHeight);
      expect(revealed?.text).toMatch(/Qualcomm/);
      expect(revealed?.top).toBeGreaterThan(0);
      expect(revealed?.bottom).toBeLessThan(height);
    });

    it('looks the same on a page with hostile CSS', async () => {
      const reference = await open(session(), 'demo.html');
      const referenceMark = (await waitForStableMarks(reference)).find(
        (m) => m.text === 'Xiaomi',
      ) as PaintedMark;
      await hover(reference, referenceMark);
      const { box: referenceBox } = await waitForCard(reference);
      const referencePixels = await cardPixels(reference, referenceBox);

      const page = await open(session(), 'hostile-css.html');
      const mark = (await waitForStableMarks(page)).find((m) => m.text === 'Xiaomi') as PaintedMark;
      await hover(page, mark);
      const { box } = await waitForCard(page);
      expect(box.width).toBeCloseTo(referenceBox.width, 0);
      // On top of the page's top-z-index overlay, and reachable by the pointer there.
      const top = await page.evaluate(
        ({ x, y }) => document.elementFromPoint(x, y)?.hasAttribute('company-lens-card'),
        centre(box),
      );
      expect(top).toBe(true);
      expect(await shows(page, expectedLines('xiaomi').status)).toBe(true);

      const pixels = await cardPixels(page, box);
      expect(pixels.length).toBe(referencePixels.length);
      // The card is placed on whole pixels, so the same card paints the same pixels on any page.
      expect(box.x % 1, 'placed on whole pixels').toBe(0);
      expect(box.y % 1, 'placed on whole pixels').toBe(0);
      const difference = meanDifference(pixels, referencePixels);
      expect(difference).toBeLessThan(1);
      const channels = new Set(pixels.filter((_, i) => i % 4 === 0));
      expect(channels.size, 'the region has text on it, not a blank box').toBeGreaterThan(10);
    });
  },
  { routes: { '/demo.html': () => demoPageHtml(), '/card-geometry.html': geometryPageHtml } },
);
