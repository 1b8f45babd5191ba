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
import { type PackRuntime, readPackRuntime, watchPackRuntime } from '../shared/pack-runtime.ts';
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
import { lensData, packMatcherFor } from './lens-data.ts';
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
  revision: string;
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
  let settings: Settings | undefined;
  // The enabled knowledge packs' matcher and levels; undefined: the bundled files.
  let runtime: PackRuntime | undefined;
  // Packs too large for the runtime: this frame's own matcher (page-dictionary.ts), one dictionary per
  // runtime revision while the lens is on. `wholePage` counts the answers that restart the activation.
  let pageDictionary: FrameDictionary | undefined;

  const apply = () => {
    if (life.signal.aborted || !settings) return;
    const on = isActiveOn(settings, hostname);
    followPage(on);
    // Only what the running activation depends on restarts it (see `contentScriptKey`); e.g. a badge
    // toggle does not. New packs do, so that a tab marks their names without a reload.
    const page = pageDictionary?.matcher ?? null;
    const key = on
      ? `${contentScriptKey(settings)} ${runtime?.revision ?? 'bundled'} ${pageDictionary?.wholePage ?? ''}`
      : 'off';
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
      const data = lensData(runtime, page ?? undefined, signal);
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
      markCapturedQuotes(win, signal);
      const card = startHoverCardWhenReady({
        doc,
        index,
        settings,
        companyById: data.companyById,
        articleById: data.articleById,
        ...(data.loadCompany ? { loadCompany: data.loadCompany } : {}),
        t,
        openSource,
        requestCard,
        signal,
      });
      active = { index, card, isScanning: () => index.stats.idleSince === 0 };
    }
    session.activeChanged();
  };

  /** Starts the frame's own dictionary when the runtime is per page and the lens on; stops it otherwise. */
  const followPage = (on: boolean) => {
    const revision = on && runtime?.perPage ? runtime.revision : undefined;
    if (pageDictionary?.revision === revision) return;
    pageDictionary?.stop.abort();
    pageDictionary = undefined;
    if (revision === undefined) return;
    const state: FrameDictionary = {
      revision,
      matcher: null,
      wholePage: 0,
      stop: new AbortController(),
    };
    pageDictionary = state;
    state.dictionary = startPageDictionary({
      doc,
      revision,
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
