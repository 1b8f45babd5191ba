import { h, render } from 'preact';
import { citationText } from '../../shared/citation.ts';
import type { Article, Company } from '../../shared/dataset-types.ts';
import type { Settings } from '../../shared/settings.ts';
import type { HoverTracking, Point } from '../hover/start-hover-tracking.ts';
import { watchDocumentReopen } from '../hover/watch-document-reopen.ts';
import type { Mention, MentionIndex } from '../mention-index.ts';
import { setActiveHighlight } from './active-highlight.ts';
import { Card } from './Card.tsx';
import type { NoteRequests, SourceActions } from './card-actions.ts';
import { type CardHost, createCardHost } from './card-host.ts';
import { CARD_MAX_HEIGHT, cardCss } from './card-styles.ts';
import type { Translate } from './card-text.ts';
import { followMention } from './follow-mention.ts';
import { placeOfQuote, scrollToQuote } from './quote-on-page.ts';

export interface CardController {
  open(mention: Mention, opts: { focus: boolean; pinned?: boolean }): void;
  close(): void;
  /** The mention whose card is open, if any (the keyboard navigator steps on from it). */
  current(): Mention | undefined;
}

/** What the lens's hover tracking drives (card-slot.ts): the card itself. */
export interface CardView extends CardController {
  show(mention: Mention, opts: { pinned: boolean; point: Point | null }): void;
  hide(): void;
  /** True for events that come from the card (retargeted to its host). */
  isCard(target: EventTarget | null): boolean;
}

export interface HoverCardOptions {
  doc: Document;
  index: MentionIndex;
  settings: Settings;
  /**
   * The dataset's lookups and the string lookup come from the scanner's script, which has them
   * loaded already: imported here, they would be bundled into this script a second time.
   */
  companyById(id: string): Company | undefined;
  articleById(id: string): Article | undefined;
  /**
   * Where records come from the background (knowledge packs), fetches one that `companyById` does
   * not have yet: the card opens when it arrives.
   */
  loadCompany?(id: string): Promise<Company | undefined>;
  t: Translate;
  /** Opens the bundled article at a fact's quote, in the extension's source reader (through the background). */
  openSource(articleId: string, factId: string): void;
  /** Edit, delete and undo for the facts of "My notes" (through the background). */
  notes?: NoteRequests;
  /** Where records come from the background: tells when they were asked again (an edited note). */
  watchRecords?(listener: () => void, signal: AbortSignal): void;
  signal: AbortSignal;
}

const EDGE = 8;

/**
 * The hover card for one activation: hover intent decides when, this module shows the card for a
 * mention, keeps it beside the mention, marks the mention, and returns focus on close. A pinned card
 * stays open when its mention scrolls away or goes, docked at the window's edge, until the reader
 * closes or unpins it. The host element is created on first use and removed, with every listener,
 * when `signal` aborts.
 */
export function startHoverCard(opts: HoverCardOptions & { tracking: HoverTracking }): CardView {
  const { doc, index, settings, companyById, articleById, loadCompany, t, openSource, tracking, signal } =
    opts;
  const view = doc.defaultView;
  if (!view) throw new Error('startHoverCard needs a document with a window');
  const win: Window = view;
  let host: CardHost | undefined;
  /** The host's own life: `document.open()` erases the listeners of its shadow tree, so it is replaced. */
  let hostLife: AbortController | undefined;
  let shown: { mention: Mention; pinned: boolean; docked: boolean; company: Company } | undefined;
  let renderShown: (() => void) | undefined;
  let stopFollowing: (() => void) | undefined;
  let returnFocus: HTMLElement | undefined;

  const locale = win.navigator.language || 'en';
  const actions: SourceActions = {
    ...opts.notes,
    readSource: (fact) => openSource(fact.articleId, fact.id),
    placeOfQuote: (fact, article) => placeOfQuote(win, article, fact.quote),
    scrollToQuote: (fact) => void scrollToQuote(win, fact.quote),
    async copyCitation(fact, article) {
      const text = citationText(
        fact,
        article,
        {
          publisherUnknown: t('cardPublisherUnknown'),
          cites: (source) => t('cardCites', source),
          dateInferred: t('citationDateInferred'),
        },
        locale,
      );
      // The async Clipboard API, called from the click: it fires no event the page could rewrite.
      // A page's Permissions-Policy or an insecure origin can refuse it; the card then says so.
      // https://w3c.github.io/clipboard-apis/#dom-clipboard-writetext
      try {
        await win.navigator.clipboard.writeText(text);
        return true;
      } catch {
        return false;
      }
    },
  };

  function show(mention: Mention, { pinned, point }: { pinned: boolean; point: Point | null }) {
    const company = companyById(mention.companyId);
    if (!company) {
      if (!loadCompany) return tracking.dismiss();
      loadCompany(mention.companyId).then(
        (loaded) => {
          if (tracking.current() !== mention || signal.aborted) return;
          if (loaded) show(mention, { pinned, point });
          else tracking.dismiss();
        },
        () => tracking.current() === mention && tracking.dismiss(),
      );
      return;
    }
    if (!host) {
      hostLife = new AbortController();
      host = createCardHost(
        doc,
        cardCss(),
        () => tracking.dismiss(),
        AbortSignal.any([signal, hostLife.signal]),
      );
    }
    const card = host;
    const parent = company.parentId === null ? undefined : companyById(company.parentId);
    const isNew = shown?.mention !== mention;
    shown = { mention, pinned, docked: isNew ? false : (shown?.docked ?? false), company };
    renderShown = () => {
      if (!shown) return;
      render(
        h(Card, {
          company: shown.company,
          articleById,
          parentName: parent?.name ?? null,
          pinned: shown.pinned,
          docked: shown.docked,
          theme: settings.theme,
          locale,
          now: new Date(),
          t,
          actions,
          onTogglePin: () => tracking.show(mention, !shown?.pinned),
          onClose: () => tracking.dismiss(),
        }),
        card.mount,
      );
    };
    renderShown();
    card.show(mention.range.startContainer);
    if (isNew) {
      stopFollowing?.();
      setActiveHighlight(win as Window, mention.range);
      const fitCard = (maxWidth: number, maxHeight: number) => {
        const dialog = card.mount.firstElementChild as HTMLElement | null;
        dialog?.style.setProperty('max-width', `${Math.max(200, Math.min(360, maxWidth))}px`);
        dialog?.style.setProperty('max-height', `${Math.max(120, Math.min(CARD_MAX_HEIGHT, maxHeight))}px`);
      };
      stopFollowing = followMention({
        range: mention.range,
        point,
        floating: card.element,
        moveTo: (x, y) => {
          setDocked(false);
          card.moveTo(x, y);
        },
        fit: fitCard,
        onGone: () => {
          if (!shown?.pinned) return tracking.dismiss();
          // Pinned: wait at the window's top end edge until the mention comes back or the reader closes it.
          setDocked(true);
          const view = doc.documentElement;
          fitCard(view.clientWidth - 2 * EDGE, view.clientHeight - 2 * EDGE);
          const width = card.element.getBoundingClientRect().width;
          const rtl = win.getComputedStyle(view).direction === 'rtl';
          card.moveTo(rtl ? EDGE : Math.max(EDGE, view.clientWidth - width - EDGE), EDGE);
        },
      });
    }
  }

  function setDocked(docked: boolean) {
    if (!shown || shown.docked === docked) return;
    shown.docked = docked;
    renderShown?.();
  }

  function hide() {
    const hadFocus = host?.hasFocus() ?? false;
    stopFollowing?.();
    stopFollowing = undefined;
    shown = undefined;
    renderShown = undefined;
    setActiveHighlight(win as Window, null);
    if (host) {
      host.hide();
      // Unmounting resets the disclosures, so the next card starts collapsed.
      render(null, host.mount);
    }
    if (hadFocus && returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
    returnFocus = undefined;
  }

  // New records of the same scan (a note edited or deleted, maybe from this card): the open card
  // shows them where it is, its disclosures and focus as they were.
  opts.watchRecords?.(() => {
    if (!shown) return;
    const company = companyById(shown.mention.companyId);
    if (!company) return tracking.dismiss();
    shown.company = company;
    renderShown?.();
  }, signal);

  // A mention the page removed (or the scanner dropped) takes its card with it, unless the card is
  // pinned: the reader asked to keep it, and it docks instead (its range no longer has a box).
  index.onChange(() => {
    const mention = tracking.current();
    if (mention && !shown?.pinned && !index.all().includes(mention)) tracking.dismiss();
  }, signal);
  signal.addEventListener('abort', hide, { once: true });
  // The lens's tracking dismisses the card and listens again (card-slot.ts); the host is replaced here.
  watchDocumentReopen(
    doc,
    () => {
      hostLife?.abort();
      host = undefined;
    },
    signal,
  );

  return {
    show,
    hide,
    isCard: (target) => host?.isHost(target) ?? false,
    open(mention, { focus, pinned }) {
      if (signal.aborted) return;
      if (focus && !host?.hasFocus()) {
        const active = doc.activeElement as HTMLElement | null;
        returnFocus =
          active && active !== doc.body && typeof active.focus === 'function' ? active : undefined;
      }
      // From the keyboard the pointer is elsewhere: the card must not close when it moves.
      tracking.show(mention, pinned ?? focus);
      if (focus) (host?.mount.firstElementChild as HTMLElement | null)?.focus({ preventScroll: true });
    },
    close: () => tracking.dismiss(),
    current: () => tracking.current(),
  };
}
