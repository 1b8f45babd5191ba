/**
 * The popup's live view of its tab: settings and the tab's reported mentions follow storage changes,
 * so switching in the popup (or in another window) shows up without reopening it.
 */
import { useEffect, useState } from 'preact/hooks';
import { askFrameLens } from '../shared/inject-lens.ts';
import type { Settings } from '../shared/settings.ts';
import { readTabMentions, type TabMentions, watchTabMentions } from '../shared/tab-mentions.ts';
import { useSettings } from '../shared/use-settings.ts';
import type { PageAccess } from './page-status.ts';

// The top frame's lens: loaded now if its gate found no name, so that the page is scanned and the
// popup can say that it names no company (rather than wait for a report that never comes).
async function askPageAccess(tabId: number): Promise<PageAccess> {
  try {
    const { hostname } = await askFrameLens(tabId, 0, { type: 'get-page-state' });
    return { kind: 'ready', hostname };
  } catch {
    return { kind: 'unavailable' };
  }
}

export interface PopupData {
  page: PageAccess;
  settings: Settings | undefined;
  mentions: TabMentions | undefined;
}

export function usePopupData(tabId: number | undefined): PopupData {
  const settings = useSettings();
  const [page, setPage] = useState<PageAccess>({ kind: 'checking' });
  const [mentions, setMentions] = useState<TabMentions>();

  useEffect(() => {
    if (tabId === undefined) {
      setPage({ kind: 'unavailable' });
      return;
    }
    const controller = new AbortController();
    const { signal } = controller;
    let changed = false;
    watchTabMentions(
      tabId,
      (m) => {
        changed = true;
        setMentions(m);
      },
      signal,
    );
    readTabMentions(tabId).then((m) => signal.aborted || changed || setMentions(m));
    askPageAccess(tabId).then((p) => signal.aborted || setPage(p));
    return () => controller.abort();
  }, [tabId]);

  return { page, settings, mentions };
}
