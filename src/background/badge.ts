/**
 * The toolbar badge: the number of companies found on a tab. Tab-specific badge text is reset by both
 * browsers when the tab navigates, which is the behaviour we want; the new page reports again.
 */
import { ext } from '../shared/browser.ts';
import { companiesInTab, type TabMentions } from '../shared/tab-mentions.ts';

export function badgeText(mentions: TabMentions | undefined, showBadge: boolean): string {
  if (!showBadge) return '';
  const found = companiesInTab(mentions).length;
  return found > 0 ? String(found) : '';
}

export function setUpBadgeColours(): void {
  // Neutral, not the red/amber of the status colours: the count says nothing about standing.
  ext.action.setBadgeBackgroundColor({ color: '#37474f' }).catch(() => {});
  ext.action.setBadgeTextColor?.({ color: '#ffffff' })?.catch(() => {});
}

export async function paintBadge(tabId: number, mentions: TabMentions | undefined, showBadge: boolean) {
  try {
    await ext.action.setBadgeText({ tabId, text: badgeText(mentions, showBadge) });
  } catch {
    // The tab closed between the report and now.
  }
}
