/**
 * Watches our highlights from the page world: a 10 ms poll of the `company-lens-*` highlight sizes,
 * noting when the total last changed (page clock, milliseconds since navigation start). The scanner
 * paints in slices, so "scan complete" is the last change before a quiet period.
 */
import type { Page } from 'puppeteer-core';

export interface HighlightState {
  count: number;
  firstChangeAt: number;
  lastChangeAt: number;
  now: number;
  domContentLoadedAt: number;
}

// Plain JS source: functions handed to puppeteer from tsx-compiled code can carry `__name` wrappers.
const WATCHER = `(() => {
  const state = { count: 0, firstChangeAt: 0, lastChangeAt: 0 };
  Object.defineProperty(window, '__benchHighlights', { value: state });
  setInterval(() => {
    let count = 0;
    CSS.highlights.forEach((highlight, name) => {
      if (name.startsWith('company-lens-') && name !== 'company-lens-active') count += highlight.size;
    });
    if (count === state.count) return;
    state.count = count;
    state.lastChangeAt = performance.now();
    if (!state.firstChangeAt) state.firstChangeAt = state.lastChangeAt;
  }, 10);
})();`;

export async function installHighlightWatch(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(WATCHER);
}

export function readHighlightState(page: Page): Promise<HighlightState> {
  return page.evaluate(`(() => {
    const s = window.__benchHighlights;
    const nav = performance.getEntriesByType('navigation')[0];
    return { count: s.count, firstChangeAt: s.firstChangeAt, lastChangeAt: s.lastChangeAt,
      now: performance.now(), domContentLoadedAt: nav ? nav.domContentLoadedEventEnd : 0 };
  })()`) as Promise<HighlightState>;
}

/**
 * Waits until the count moved past `above` (so an appended batch is seen scanned) and then did not
 * change for `quietMs`; a page that never gets there (no names in it) is given `emptyMs` from the
 * start of the wait; `timeoutMs` bounds it all.
 */
export async function waitForQuietHighlights(
  page: Page,
  { quietMs = 1000, above = 0, emptyMs = 5000, timeoutMs = 60_000 } = {},
): Promise<HighlightState> {
  const started = Date.now();
  const deadline = started + timeoutMs;
  for (;;) {
    const state = await readHighlightState(page);
    const settled =
      state.count > above ? state.now - state.lastChangeAt >= quietMs : Date.now() - started >= emptyMs;
    if (settled || Date.now() > deadline) return state;
    await new Promise((done) => setTimeout(done, 50));
  }
}
