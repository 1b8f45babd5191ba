/**
 * Turns Company Lens on and off in one frame. Each activation (scanner, highlights, hover card)
 * gets its own AbortController, so turning off — by the global switch, the site switch, or the
 * extension going away — removes every mark, listener, observer and timer, and leaves the page as
 * it was. The page session (answers to the popup) lives as long as the script, so the popup can say
 * "off on this site" rather than "cannot scan".
 */

// Text, parsed on first activation: see `src/shared/dataset.ts` for why.
import serializedMatcher from '../generated/matcher.json?raw';
import { articleById, companyById } from '../shared/dataset.ts';
import type { StatusLevel } from '../shared/dataset-types.ts';
import { t } from '../shared/i18n.ts';
import { loadMatcher } from '../shared/matcher/load.ts';
import { notifyBackground } from '../shared/messages.ts';
import {
  contentScriptKey,
  isActiveOn,
  loadSettings,
  type Settings,
  watchSettings,
} from '../shared/settings.ts';
import { startHoverCardWhenReady } from './card-slot.ts';
import { onContextInvalidated } from './extension-context.ts';
import type { ActiveLens } from './page-session.ts';
import { startPageSession } from './page-session.ts';
import { clearHighlights } from './scan/highlight-painter.ts';
import { type ScannerIndex, startScanner } from './scanner.ts';
import { siteHostname } from './site-hostname.ts';

export interface CompanyLensOptions {
  doc?: Document;
  /** The site the per-site switch is keyed on: the top-level page's hostname, also in iframes. */
  hostname?: string;
}

const companyLevel = (id: string): StatusLevel => companyById(id)?.status.level ?? 'none';
const openSource = (articleId: string, factId: string) =>
  void notifyBackground({ type: 'open-source', articleId, factId }).catch(() => {});

export function startCompanyLens({
  doc = document,
  hostname = siteHostname(),
}: CompanyLensOptions = {}): () => void {
  const life = new AbortController();
  let activation: AbortController | undefined;
  let active: ActiveLens | undefined;
  let scanner: ScannerIndex | undefined;
  let appliedKey = '';
  // Built on first activation only: a page where we are switched off pays nothing for the matcher.
  let matcher: ReturnType<typeof loadMatcher> | undefined;

  const apply = (settings: Settings) => {
    if (life.signal.aborted) return;
    const on = isActiveOn(settings, hostname);
    // Only what the running activation depends on restarts it (see `contentScriptKey`); e.g. a badge
    // toggle does not.
    const key = on ? contentScriptKey(settings) : 'off';
    if (key === appliedKey) {
      // Which mentions are painted is followed live: no rescan, and an open card stays open.
      scanner?.setMarkMentions(settings.markMentions);
      return;
    }
    appliedKey = key;
    activation?.abort();
    activation = undefined;
    active = undefined;
    scanner = undefined;
    if (on) {
      activation = new AbortController();
      const signal = activation.signal;
      matcher ??= loadMatcher(JSON.parse(serializedMatcher));
      const index = startScanner({
        doc,
        matcher,
        companyLevel,
        highlightStyle: settings.highlightStyle,
        markMentions: settings.markMentions,
        signal,
      });
      scanner = index;
      const card = startHoverCardWhenReady({
        doc,
        index,
        settings,
        companyById,
        articleById,
        t,
        openSource,
        signal,
      });
      active = { index, card, isScanning: () => index.stats.idleSince === 0 };
    }
    session.activeChanged();
  };

  const win = doc.defaultView as Window & typeof globalThis;
  clearHighlights(win);
  const session = startPageSession({ win, hostname, getActive: () => active, signal: life.signal });
  watchSettings(apply, life.signal);
  loadSettings().then(apply, () => {});
  onContextInvalidated(win, () => life.abort(), life.signal);
  life.signal.addEventListener('abort', () => activation?.abort(), { once: true });
  return () => life.abort();
}
