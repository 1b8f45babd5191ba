/**
 * What the popup says about the page, worked out from what it knows: whether the page's content script
 * answered, the settings, and what the page's frames reported.
 */
import { isActiveOn, type Settings } from '../shared/settings.ts';
import { type CompanyMentions, companiesInTab, type TabMentions } from '../shared/tab-mentions.ts';

/** The top frame's answer: `unavailable` when no content script runs there (browser and store pages, PDFs). */
export type PageAccess = { kind: 'checking' } | { kind: 'unavailable' } | { kind: 'ready'; hostname: string };

export type PageStatus =
  | { kind: 'checking' }
  | { kind: 'unavailable' }
  | { kind: 'off-globally' }
  | { kind: 'off-on-site'; hostname: string }
  | { kind: 'scanning' }
  | { kind: 'found'; companies: CompanyMentions[] };

export function describePageStatus(
  page: PageAccess,
  settings: Settings | undefined,
  mentions: TabMentions | undefined,
): PageStatus {
  if (page.kind !== 'ready' || !settings) return page.kind === 'unavailable' ? page : { kind: 'checking' };
  if (!settings.enabled) return { kind: 'off-globally' };
  if (!isActiveOn(settings, page.hostname)) return { kind: 'off-on-site', hostname: page.hostname };
  // Until the top frame reports as active, what is stored is from before the switch (or nothing yet).
  if (mentions?.frames['0']?.active !== true) return { kind: 'scanning' };
  return { kind: 'found', companies: companiesInTab(mentions) };
}
