/**
 * Keeps `storage.session` and the badge in step with what the content scripts report. Updates run one
 * at a time: reports from several frames arrive together, and each is a read-modify-write.
 */
import { ext } from '../shared/browser.ts';
import type { BackgroundNotice } from '../shared/messages.ts';
import { loadSettings } from '../shared/settings.ts';
import { readAllTabIds, readTabMentions, type TabMentions, tabMentionsKey } from '../shared/tab-mentions.ts';
import { paintBadge } from './badge.ts';
import { withFrameReport, withoutFrame } from './tab-mentions-update.ts';

let queue: Promise<unknown> = Promise.resolve();

function serially(task: () => Promise<void>): Promise<void> {
  const run = queue.then(task);
  queue = run.catch(() => {});
  return run;
}

async function update(tabId: number, change: (tab: TabMentions | undefined) => TabMentions | undefined) {
  const before = await readTabMentions(tabId);
  const after = change(before);
  if (after === before) return;
  const key = tabMentionsKey(tabId);
  if (after) await ext.storage.session.set({ [key]: after });
  else await ext.storage.session.remove(key);
  await paintBadge(tabId, after, (await loadSettings()).showBadge);
}

export function recordFrameReport(
  tabId: number,
  frameId: number,
  notice: Extract<BackgroundNotice, { type: 'frame-mentions' }>,
): Promise<void> {
  const { timeOrigin, active, counts } = notice;
  return serially(() =>
    update(tabId, (tab) => withFrameReport(tab, frameId, { timeOrigin, active, counts })),
  );
}

export function forgetFrame(tabId: number, frameId: number, connectedAt: number): Promise<void> {
  return serially(() => update(tabId, (tab) => withoutFrame(tab, frameId, connectedAt)));
}

export function forgetTab(tabId: number): Promise<void> {
  return serially(() => ext.storage.session.remove(tabMentionsKey(tabId)));
}

/** After the badge setting changes: paint (or clear) every known tab. */
export function repaintAllBadges(showBadge: boolean): Promise<void> {
  return serially(async () => {
    for (const tabId of await readAllTabIds())
      await paintBadge(tabId, await readTabMentions(tabId), showBadge);
  });
}
