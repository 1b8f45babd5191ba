/**
 * The tab the popup describes. Normally the active tab of its window (its id needs no `tabs`
 * permission). `?tabId=N` overrides it: when the popup page is opened as a tab (by the browser tests,
 * or a user who bookmarks it) the active tab is the popup itself.
 */
import { ext } from '../shared/browser.ts';

export async function resolveTargetTabId(search: string): Promise<number | undefined> {
  const fromQuery = new URLSearchParams(search).get('tabId');
  if (fromQuery !== null && /^\d{1,10}$/.test(fromQuery)) return Number(fromQuery);
  const [tab] = await ext.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
