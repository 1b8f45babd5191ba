/**
 * The popup's live view of its tab: settings and the tab's reported mentions follow storage changes,
 * so switching in the popup (or in another window) shows up without reopening it.
 */
import { useEffect, useState } from 'preact/hooks';
import { sendToFrame } from '../shared/messages.ts';
import type { Settings } from '../shared/settings.ts';
import { readTabMentions, type TabMentions, watchTabMentions } from '../shared/tab-mentions.ts';
import { useSettings } from '../shared/use-settings.ts';
import type { PageAccess } from './page-status.ts';

// A page still loading has no content script yet; ask a few times before saying it cannot be scanned.
const PAGE_STATE_ATTEMPTS = 3;
const PAGE_STATE_RETRY_MS = 250;

async function askPageAccess(tabId: number, signal: AbortSignal): Promise<PageAccess> {
  for (let attempt = 1; ; attempt++) {
    try {
      const { hostname } = await sendToFrame(tabId, 0, { type: 'get-page-state' });
      return { kind: 'ready', hostname };
    } catch {
      if (attempt >= PAGE_STATE_ATTEMPTS || signal.aborted) return { kind: 'unavailable' };
      await new Promise((resolve) => setTimeout(resolve, PAGE_STATE_RETRY_MS));
    }
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
    askPageAccess(tabId, signal).then((p) => signal.aborted || setPage(p));
    return () => controller.abort();
  }, [tabId]);

  return { page, settings, mentions };
}
