/**
 * Reads what Company Lens painted on a page, from the page's own world: the `company-lens-*`
 * entries of `CSS.highlights`. Our highlight names are meant to be visible (users style them), so
 * this needs no test hook inside the extension. (Firefox content scripts cannot iterate highlights
 * through Xray wrappers, but the page world can.)
 */
import type { Page } from 'puppeteer-core';

export interface PaintedMark {
  highlight: string;
  text: string;
  rect: { x: number; y: number; width: number; height: number };
}

/** The middle of a painted mark, `[x, y]`: where a reader's pointer hovers or clicks it. */
export function middleOf({ rect }: Pick<PaintedMark, 'rect'>): [number, number] {
  return [rect.x + rect.width / 2, rect.y + rect.height / 2];
}

export function readMarks(page: Page): Promise<PaintedMark[]> {
  return page.evaluate(() => {
    const marks: {
      highlight: string;
      text: string;
      rect: { x: number; y: number; width: number; height: number };
    }[] = [];
    CSS.highlights.forEach((highlight, name) => {
      if (
        !name.startsWith('company-lens-') ||
        name === 'company-lens-active' ||
        name === 'company-lens-quote'
      )
        return;
      // A tint highlight holds the same ranges as its status highlight (the background style, or
      // the underline style where underlines cannot be drawn, Firefox < 146): one mark each.
      if (name.startsWith('company-lens-fill-')) return;
      highlight.forEach((range) => {
        const r = (range as Range).getClientRects()[0] ?? (range as Range).getBoundingClientRect();
        marks.push({
          highlight: name,
          text: (range as Range).toString(),
          rect: { x: r.x, y: r.y, width: r.width, height: r.height },
        });
      });
    });
    return marks;
  });
}

/** Waits until the marks stop changing (the scanner works in slices), up to `timeoutMs`. */
export async function waitForStableMarks(
  page: Page,
  { timeoutMs = 15_000, quietMs = 400 } = {},
): Promise<PaintedMark[]> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  let lastChange = Date.now();
  let marks: PaintedMark[] = [];
  while (Date.now() < deadline) {
    marks = await readMarks(page);
    const key = marks.map((m) => `${m.highlight}:${m.text}`).join('|');
    if (key !== last) {
      last = key;
      lastChange = Date.now();
    } else if (marks.length > 0 && Date.now() - lastChange >= quietMs) {
      return marks;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return marks;
}

/**
 * Every mark on the page. Only mentions near the viewport are painted (the rest wait in the
 * extension's index), so this scrolls through the page a viewport at a time and collects what is
 * painted at each stop, deduplicated by position on the page. Leaves the page scrolled to the top.
 */
export async function collectMarksByScrolling(page: Page): Promise<PaintedMark[]> {
  const seen = new Map<string, PaintedMark>();
  const { height, viewport } = await page.evaluate(() => ({
    height: document.documentElement.scrollHeight,
    viewport: window.innerHeight,
  }));
  for (let top = 0; top < height; top += Math.max(200, viewport - 100)) {
    const scrollY = await page.evaluate((y) => {
      window.scrollTo(0, y);
      return window.scrollY;
    }, top);
    for (const mark of await waitForStableMarks(page, { timeoutMs: 5000, quietMs: 250 })) {
      const y = Math.round(mark.rect.y + scrollY);
      const absolute = { ...mark, rect: { ...mark.rect, y } };
      seen.set(`${mark.text}@${Math.round(mark.rect.x)},${y}`, absolute);
    }
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  return [...seen.values()];
}

/**
 * Notes the highlights registered in the page now, so that `waitForFreshHighlights` can tell a new
 * instance's from these (the page's registry keeps an old instance's in Firefox).
 */
export async function rememberHighlights(page: Page): Promise<void> {
  await page.evaluate(() => {
    const ours = new Map<string, unknown>();
    CSS.highlights.forEach((highlight, name) => void ours.set(name, highlight));
    (window as unknown as { before: typeof ours }).before = ours;
  });
}

/** Resolves once one of our highlights is not one `rememberHighlights` noted: a new instance runs. */
export async function waitForFreshHighlights(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const { before } = window as unknown as { before: Map<string, unknown> };
      let fresh = false;
      CSS.highlights.forEach((highlight, name) => {
        if (name.startsWith('company-lens-') && before.get(name) !== highlight) fresh = true;
      });
      return fresh;
    },
    { timeout: 15_000 },
  );
}
