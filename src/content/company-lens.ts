/**
 * Turns Company Lens on and off in one frame. Each activation (scanner, highlights, hover card)
 * gets its own AbortController, so turning off — by the global switch, the site switch, or the
 * extension going away — removes every mark, listener, observer and timer, and leaves the page as
 * it was. The page session (answers to the popup) lives as long as the script, so the popup can say
 * "off on this site" rather than "cannot scan".
 */

import { t } from '../shared/i18n.ts';
import type { SerializedMatcher } from '../shared/matcher/serialized-matcher.ts';
import { notifyBackground } from '../shared/messages.ts';
import {
  type PackRuntime,
  readPackRuntime,
  scanRevisionOf,
  watchPackRuntime,
} from '../shared/pack-runtime.ts';
import {
  contentScriptKey,
  isActiveOn,
  loadSettings,
  type Settings,
  watchSettings,
} from '../shared/settings.ts';
import { markCapturedQuotes } from './capture/mark-captured-quotes.ts';
import { startHoverCardWhenReady } from './card-slot.ts';
import { onContextInvalidated } from './extension-context.ts';
import { type LensData, lensData } from './lens-data.ts';
import { noteRequests } from './note-requests.ts';
import { askPageDictionary } from './page-dictionary.ts';
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
  let settings: Settings | undefined;
  // The enabled knowledge packs' matcher and levels; undefined: the bundled files.
  let runtime: PackRuntime | undefined;
  // Packs too large for the runtime: this frame's own matcher, asked once per scan revision.
  let pageDictionary: { scan: string; matcher: SerializedMatcher | null | undefined } | undefined;
  // The running activation's data, and the runtime revision its records are of.
  let data: LensData | undefined;
  let recordsRevision: string | undefined;
  // Marks the captured quotes again (a note deleted or restored).
  let quotes: (() => void) | undefined;

  const apply = () => {
    if (life.signal.aborted || !settings) return;
    const on = isActiveOn(settings, hostname);
    // Only what the running activation depends on restarts it (see `contentScriptKey`); e.g. a badge
    // toggle does not. New names or levels do, so that a tab marks a new pack's names without a
    // reload; a change of records alone (a note edited or deleted from its card) does not: the
    // records are asked again and an open card stays open (`scanRevision` in pack-runtime.ts).
    const scan = runtime ? scanRevisionOf(runtime) : 'bundled';
    const page = runtime?.perPage && pageDictionary?.scan === scan ? pageDictionary.matcher : null;
    const key = on ? `${contentScriptKey(settings)} ${scan} ${page ? 'page' : ''}` : 'off';
    if (key === appliedKey) {
      // Which mentions are painted is followed live: no rescan, and an open card stays open.
      scanner?.setMarkMentions(settings.markMentions);
      if (runtime && runtime.revision !== recordsRevision) {
        recordsRevision = runtime.revision;
        data?.refreshRecords();
        quotes?.();
      }
      return;
    }
    appliedKey = key;
    recordsRevision = runtime?.revision;
    activation?.abort();
    activation = undefined;
    active = undefined;
    scanner = undefined;
    data = undefined;
    quotes = undefined;
    if (on) {
      activation = new AbortController();
      const signal = activation.signal;
      data = lensData(runtime, page ?? undefined, signal);
      const index = startScanner({
        doc,
        matcher: data.matcher,
        companyLevel: data.companyLevel,
        highlightStyle: settings.highlightStyle,
        markMentions: settings.markMentions,
        signal,
      });
      scanner = index;
      data.followMentions(index, signal);
      quotes = markCapturedQuotes(win, signal);
      const card = startHoverCardWhenReady({
        doc,
        index,
        settings,
        companyById: data.companyById,
        articleById: data.articleById,
        ...(data.loadCompany ? { loadCompany: data.loadCompany } : {}),
        ...(data.watchRecords ? { watchRecords: data.watchRecords } : {}),
        t,
        openSource,
        notes: noteRequests,
        signal,
      });
      active = { index, card, isScanning: () => index.stats.idleSince === 0 };
      if (runtime?.perPage && pageDictionary?.scan !== scan) askForPage(runtime.revision, scan);
    }
    session.activeChanged();
  };

  const askForPage = (revision: string, scan: string) => {
    pageDictionary = { scan, matcher: undefined };
    askPageDictionary(doc, revision).then(
      (matcher) => {
        if (pageDictionary?.scan !== scan) return;
        // Answered from records of another revision (a records-only change meanwhile): ask again.
        if (
          matcher === null &&
          runtime &&
          runtime.revision !== revision &&
          scanRevisionOf(runtime) === scan
        ) {
          return askForPage(runtime.revision, scan);
        }
        pageDictionary.matcher = matcher;
        if (matcher) apply();
      },
      () => {},
    );
  };

  const win = doc.defaultView as Window & typeof globalThis;
  clearHighlights(win);
  const session = startPageSession({ win, hostname, getActive: () => active, signal: life.signal });
  watchSettings((changed) => {
    settings = changed;
    apply();
  }, life.signal);
  watchPackRuntime((changed) => {
    runtime = changed;
    apply();
  }, life.signal);
  // Both before the first activation: starting with the bundled names only to restart at once would
  // scan the page twice.
  Promise.all([loadSettings(), readPackRuntime().catch(() => undefined)]).then(
    ([loaded, stored]) => {
      settings ??= loaded;
      runtime ??= stored;
      apply();
    },
    () => {},
  );
  onContextInvalidated(win, () => life.abort(), life.signal);
  life.signal.addEventListener('abort', () => activation?.abort(), { once: true });
  return () => life.abort();
}
