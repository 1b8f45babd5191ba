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
  levelLookup,
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
import { sourceRefOf } from '../shared/source-reader-url.ts';
import { markCapturedQuotes } from './capture/mark-captured-quotes.ts';
import { startHoverCardWhenReady } from './card-slot.ts';
import { onContextInvalidated } from './extension-context.ts';
import { type LensData, lensData, packMatcherFor } from './lens-data.ts';
import { noteRequests } from './note-requests.ts';
import { type PageDictionary, startPageDictionary } from './page-dictionary.ts';
import type { ActiveLens } from './page-session.ts';
import { startPageSession } from './page-session.ts';
import { clearHighlights } from './scan/highlight-painter.ts';
import { type ScannerIndex, startScanner } from './scanner.ts';
import { siteHostname } from './site-hostname.ts';

export interface CompanyLensOptions {
  doc?: Document;
  /** The site the per-site switch is keyed on: the top-level page's hostname, also in iframes. */
  hostname?: string;
  /** Asks for the card's script (lens-script.ts), when a card is first wanted (card-slot.ts). */
  requestCard?: () => void;
  /** Called when the extension has gone away under the page and this lens has stopped. */
  onGone?: () => void;
}

const openSource = (articleId: string, factId: string) =>
  void notifyBackground({ type: 'open-source', ...sourceRefOf(articleId, factId) }).catch(() => {});

interface FrameDictionary {
  /** The scan revision it was started for (`scanRevision` in pack-runtime.ts). */
  scan: string;
  matcher: SerializedMatcher | null;
  wholePage: number;
  dictionary?: PageDictionary;
  stop: AbortController;
}

export function startCompanyLens({
  doc = document,
  hostname = siteHostname(),
  requestCard = () => {},
  onGone,
}: CompanyLensOptions = {}): () => void {
  const life = new AbortController();
  let activation: AbortController | undefined;
  let active: ActiveLens | undefined;
  let scanner: ScannerIndex | undefined;
  let appliedKey = '';
  // The levels the marks are coloured by, from the runtime (the bundled ones never change).
  let appliedLevels: PackRuntime['levels'] | undefined;
  let settings: Settings | undefined;
  // The enabled knowledge packs' matcher and levels; undefined: the bundled files.
  let runtime: PackRuntime | undefined;
  // Packs too large for the runtime: this frame's own matcher (page-dictionary.ts), one dictionary per
  // scan revision while the lens is on. `wholePage` counts the answers that restart the activation.
  let pageDictionary: FrameDictionary | undefined;
  // The running activation's data, and the runtime revision its records are of.
  let data: LensData | undefined;
  let recordsRevision: string | undefined;
  // Marks the captured quotes again (a note deleted or restored).
  let quotes: (() => void) | undefined;

  const apply = () => {
    if (life.signal.aborted || !settings) return;
    const on = isActiveOn(settings, hostname);
    followPage(on);
    // Only what the running activation depends on restarts it (see `contentScriptKey`); e.g. a badge
    // toggle does not. New names do, so that a tab marks a new pack's names without a reload; new
    // levels recolour the marks in place, and a change of records (a note edited or deleted from its
    // card) asks for them again: an open card stays open (`scanRevision` in pack-runtime.ts).
    const scan = runtime ? scanRevisionOf(runtime) : 'bundled';
    const page = pageDictionary?.matcher ?? null;
    const key = on ? `${contentScriptKey(settings)} ${scan} ${pageDictionary?.wholePage ?? ''}` : 'off';
    if (key === appliedKey) {
      // Which mentions are painted is followed live: no rescan, and an open card stays open.
      scanner?.setMarkMentions(settings.markMentions);
      if (runtime && runtime.revision !== recordsRevision) {
        recordsRevision = runtime.revision;
        data?.refreshRecords();
        quotes?.();
      }
      const levels = runtime?.levels;
      if (
        levels &&
        (levels.restricted !== appliedLevels?.restricted || levels.contested !== appliedLevels?.contested)
      ) {
        appliedLevels = levels;
        scanner?.setCompanyLevel(levelLookup(levels));
      }
      return;
    }
    appliedKey = key;
    appliedLevels = runtime?.levels;
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
        ...(pageDictionary
          ? { onNewText: (root: Node) => pageDictionary?.dictionary?.textChanged(root) }
          : {}),
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
        requestCard,
        signal,
      });
      active = { index, card, isScanning: () => index.stats.idleSince === 0 };
    }
    session.activeChanged();
  };

  /** Starts the frame's own dictionary when the runtime is per page and the lens on; stops it otherwise. */
  const followPage = (on: boolean) => {
    const scan = on && runtime?.perPage ? scanRevisionOf(runtime) : undefined;
    if (pageDictionary?.scan === scan) return;
    pageDictionary?.stop.abort();
    pageDictionary = undefined;
    if (scan === undefined) return;
    const state: FrameDictionary = {
      scan,
      matcher: null,
      wholePage: 0,
      stop: new AbortController(),
    };
    pageDictionary = state;
    state.dictionary = startPageDictionary({
      doc,
      // Built from the records the tab has now: a change of records alone keeps the scan revision.
      accepts: (revision) =>
        runtime !== undefined && runtime.revision === revision && scanRevisionOf(runtime) === scan,
      signal: state.stop.signal,
      onMatcher: (matcher, roots) => {
        state.matcher = matcher;
        // New text brought the new names: only it is rescanned. The page's first answer restarts.
        if (roots && scanner && runtime) scanner.useMatcher(packMatcherFor(runtime, matcher), roots);
        else {
          state.wholePage++;
          apply();
        }
      },
    });
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
  onContextInvalidated(
    win,
    () => {
      life.abort();
      onGone?.();
    },
    life.signal,
  );
  life.signal.addEventListener(
    'abort',
    () => {
      activation?.abort();
      pageDictionary?.stop.abort();
    },
    { once: true },
  );
  return () => life.abort();
}
