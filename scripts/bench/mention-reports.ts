/**
 * What the content scripts report to the background: every frame sends its mention counts (throttled
 * to one report per 100 ms while they change) for the badge and the popup. The scanner paints only
 * mentions near the viewport, so these reports, not the page's highlights, say how many mentions a
 * scan found and when it finished. A listener added to our service worker logs them with its clock.
 */
import type { Browser, WebWorker } from 'puppeteer-core';

interface MentionState {
  total: number;
  /** Wall-clock ms (Date.now) of the report that last changed the total; 0 before any report. */
  lastChangeAt: number;
  reports: number;
}

interface LoggedReport {
  tabId: number;
  frameId: number;
  url: string;
  total: number;
  at: number;
}

// Plain JS: functions passed from tsx-compiled code may carry `__name` wrappers the worker lacks.
const INSTALL = `(() => {
  if (typeof chrome === 'undefined' || !chrome.runtime || !chrome.runtime.onMessage) return false;
  if (globalThis.__benchReports) return true;
  globalThis.__benchReports = [];
  chrome.runtime.onMessage.addListener((message, sender) => {
    if (!message || message.type !== 'frame-mentions') return;
    let total = 0;
    for (const n of Object.values(message.counts || {})) total += n;
    globalThis.__benchReports.push({ tabId: sender.tab ? sender.tab.id : -1, frameId: sender.frameId ?? 0,
      url: sender.url || '', total, at: Date.now() });
  });
  return true;
})()`;

export interface ReportWatch {
  state(pageUrl: string, since: number): Promise<MentionState>;
  /**
   * Waits until the total moved past `above` and then stayed for `quietMs`; a page whose total never
   * gets there is given `emptyMs`; `timeoutMs` bounds it all.
   */
  waitForQuiet(
    pageUrl: string,
    since: number,
    options?: { quietMs?: number; above?: number; emptyMs?: number; timeoutMs?: number },
  ): Promise<MentionState>;
}

function stateOf(reports: LoggedReport[], pageUrl: string): MentionState {
  const top = reports.find((r) => r.frameId === 0 && r.url === pageUrl);
  const perFrame = new Map<number, number>();
  let total = 0;
  let lastChangeAt = 0;
  let count = 0;
  for (const report of reports) {
    if (!top || report.tabId !== top.tabId) continue;
    count++;
    perFrame.set(report.frameId, report.total);
    const sum = [...perFrame.values()].reduce((a, b) => a + b, 0);
    if (sum !== total || lastChangeAt === 0) lastChangeAt = report.at;
    total = sum;
  }
  return { total, lastChangeAt, reports: count };
}

export async function watchMentionReports(browser: Browser, extensionOrigin: string): Promise<ReportWatch> {
  const target = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith(extensionOrigin),
  );
  const worker = (await target.worker()) as WebWorker;
  // Right after start-up the worker can answer before its extension APIs are bound: retry briefly.
  for (let attempt = 0; !(await worker.evaluate(INSTALL)); attempt++) {
    if (attempt === 50) throw new Error('The service worker never exposed chrome.runtime');
    await new Promise((done) => setTimeout(done, 100));
  }
  const state = async (pageUrl: string, since: number) => {
    const reports = (await worker.evaluate(
      `globalThis.__benchReports.filter((r) => r.at >= ${since})`,
    )) as LoggedReport[];
    return stateOf(reports, pageUrl);
  };
  return {
    state,
    async waitForQuiet(
      pageUrl,
      since,
      { quietMs = 1500, above = 0, emptyMs = 5000, timeoutMs = 90_000 } = {},
    ) {
      const started = Date.now();
      for (;;) {
        const current = await state(pageUrl, since);
        const now = Date.now();
        const settled =
          current.total > above ? now - current.lastChangeAt >= quietMs : now - started >= emptyMs;
        if (settled || now - started > timeoutMs) return current;
        await new Promise((done) => setTimeout(done, 100));
      }
    },
  };
}
