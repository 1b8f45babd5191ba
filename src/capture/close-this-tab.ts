import { ext } from '../shared/browser.ts';

/**
 * Closes the tab this page is in; the browser then shows the tab it was opened from (the card's page,
 * or the options). `window.close()` is refused for a tab the page's script did not open.
 * https://developer.mozilla.org/docs/Web/API/Window/close
 */
export async function closeThisTab(): Promise<boolean> {
  const tab = await ext.tabs.getCurrent();
  if (tab?.id === undefined) return false;
  await ext.tabs.remove(tab.id);
  return true;
}
