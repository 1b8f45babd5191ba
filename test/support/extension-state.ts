/**
 * Reads and sets the extension's own state from one of its pages (popup or options opened as a tab),
 * where the WebExtension API is available: which tab a fixture is in, the badge, stored settings.
 * Functions passed to `evaluate` are arrow functions: tsx's keepNames breaks named ones in the browser.
 */
import type { Page } from 'puppeteer-core';
import type { Browser as ExtensionApi } from 'webextension-polyfill';

/** Firefox has `browser`; Chrome's `chrome` returns promises in MV3 too. */
interface ExtensionGlobals {
  browser?: ExtensionApi;
  chrome: ExtensionApi;
}

/** Ids of the tabs whose top frame has reported its mentions. */
export function reportingTabIds(extensionPage: Page): Promise<number[]> {
  return extensionPage.evaluate(async () => {
    const api =
      (globalThis as unknown as ExtensionGlobals).browser ??
      (globalThis as unknown as ExtensionGlobals).chrome;
    const all = (await api.storage.session.get(null)) as Record<string, { frames?: Record<string, unknown> }>;
    return Object.entries(all)
      .filter(([key, value]) => key.startsWith('tab-mentions:') && value?.frames?.['0'])
      .map(([key]) => Number(key.slice('tab-mentions:'.length)));
  });
}

/**
 * The id of the tab that starts reporting after `known` was taken. Tabs carry no URL without the `tabs`
 * permission, so the tests tell a fixture's tab by its first report.
 */
export async function newReportingTabId(
  extensionPage: Page,
  known: number[],
  timeoutMs = 10_000,
): Promise<number> {
  const { value } = await waitUntil(
    async () => (await reportingTabIds(extensionPage)).filter((id) => !known.includes(id)),
    (ids) => ids.length === 1,
    { timeoutMs, what: 'one new tab reporting its mentions' },
  );
  return value[0] as number;
}

/** What the top frame of `tabId` last reported: whether the lens was on, and its mentions by company. */
export function topFrameReport(
  extensionPage: Page,
  tabId: number,
): Promise<{ active: boolean; counts: Record<string, number> } | undefined> {
  return extensionPage.evaluate(async (id) => {
    const api =
      (globalThis as unknown as ExtensionGlobals).browser ??
      (globalThis as unknown as ExtensionGlobals).chrome;
    const key = `tab-mentions:${id}`;
    const stored = (await api.storage.session.get(key))[key] as
      | { frames?: Record<string, { active: boolean; counts: Record<string, number> }> }
      | undefined;
    return stored?.frames?.['0'];
  }, tabId);
}

/**
 * Waits until the top frame of the tab that starts reporting after `known` was taken has reported
 * `total` mentions: its scan is done (a frame reports once its scanner is idle, or after about a
 * second of postponing). Returns the tab id.
 */
export async function waitForReportedMentions(
  extensionPage: Page,
  known: number[],
  total: number,
  timeoutMs = 30_000,
): Promise<number> {
  const tabId = await newReportingTabId(extensionPage, known, timeoutMs);
  const sum = (counts: Record<string, number> = {}) => Object.values(counts).reduce((a, b) => a + b, 0);
  await waitUntil(
    () => topFrameReport(extensionPage, tabId),
    (report) => sum(report?.counts) === total,
    { timeoutMs, intervalMs: 200, what: `${total} mentions reported` },
  );
  return tabId;
}

/** The tab id of an extension page itself. */
export function ownTabId(extensionPage: Page): Promise<number> {
  return extensionPage.evaluate(async () => {
    const api =
      (globalThis as unknown as ExtensionGlobals).browser ??
      (globalThis as unknown as ExtensionGlobals).chrome;
    const tab = await api.tabs.getCurrent();
    return tab?.id ?? -1;
  });
}

export function readBadgeText(extensionPage: Page, tabId: number): Promise<string> {
  return extensionPage.evaluate(async (id) => {
    const api =
      (globalThis as unknown as ExtensionGlobals).browser ??
      (globalThis as unknown as ExtensionGlobals).chrome;
    return api.action.getBadgeText({ tabId: id });
  }, tabId);
}

export function readStoredSettings(extensionPage: Page): Promise<Record<string, unknown>> {
  return extensionPage.evaluate(async () => {
    const api =
      (globalThis as unknown as ExtensionGlobals).browser ??
      (globalThis as unknown as ExtensionGlobals).chrome;
    return (await api.storage.sync.get(null)) as Record<string, unknown>;
  });
}

export function replaceStoredSettings(extensionPage: Page, raw: Record<string, unknown>): Promise<void> {
  return extensionPage.evaluate(async (values) => {
    const api =
      (globalThis as unknown as ExtensionGlobals).browser ??
      (globalThis as unknown as ExtensionGlobals).chrome;
    await api.storage.sync.clear();
    if (Object.keys(values).length) await api.storage.sync.set(values);
  }, raw);
}

/** Polls `read` until `accept` holds (returning the value and how long it took), or throws after `timeoutMs`. */
export async function waitUntil<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  { timeoutMs = 10_000, intervalMs = 25, what = 'condition' } = {},
): Promise<{ value: T; ms: number }> {
  const start = Date.now();
  let value = await read();
  while (!accept(value)) {
    if (Date.now() - start > timeoutMs)
      throw new Error(`Timed out waiting for ${what}; last: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, intervalMs));
    value = await read();
  }
  return { value, ms: Date.now() - start };
}
