import { h, render } from 'preact';
import type { Article, Company } from '../../shared/dataset-types.ts';
import type { Settings } from '../../shared/settings.ts';
import { type Point, startHoverTracking } from '../hover/start-hover-tracking.ts';
import { watchDocumentReopen } from '../hover/watch-document-reopen.ts';
import type { Mention, MentionIndex } from '../mention-index.ts';
import { setActiveHighlight } from './active-highlight.ts';
import { Card } from './Card.tsx';
import { type CardHost, createCardHost } from './card-host.ts';
import { cardCss } from './card-styles.ts';
import type { Translate } from './card-text.ts';
import { followMention } from './follow-mention.ts';

export interface CardController {
  open(mention: Mention, opts: { focus: boolean; pinned?: boolean }): void;
  close(): void;
  /** The mention whose card is open, if any (the keyboard navigator steps on from it). */
  current(): Mention | undefined;
}

/**
 * The hover card for one activation: hover intent decides when, this module shows the card for a
 * mention, keeps it beside the mention, marks the mention, and returns focus on close. The host
 * element is created on first use and removed, with every listener, when `signal` aborts.
 */
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
  t: Translate;
  signal: AbortSignal;
}

export function startHoverCard(opts: HoverCardOptions): CardController {
  const { doc, index, settings, companyById, articleById, t, signal } = opts;
  const win = doc.defaultView;
  if (!win) throw new Error('startHoverCard needs a document with a window');
  let host: CardHost | undefined;
  /** The host's own life: `document.open()` erases the listeners of its shadow tree, so it is replaced. */
  let hostLife: AbortController | undefined;
  let shown: { mention: Mention; pinned: boolean } | undefined;
  let stopFollowing: (() => void) | undefined;
  let returnFocus: HTMLElement | undefined;

  const tracking = startHoverTracking({
    doc,
    index,
    delayMs: settings.hoverDelayMs,
    isCard: (target) => host?.isHost(target) ?? false,
    onOpen: show,
    onClose: hide,
    signal,
  });

  function show(mention: Mention, { pinned, point }: { pinned: boolean; point: Point | null }) {
    const company = companyById(mention.companyId);
    if (!company) return tracking.dismiss();
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
    render(
      h(Card, {
        company,
        articleById,
        parentName: parent?.name ?? null,
        pinned,
        theme: settings.theme,
        locale: win?.navigator.language ?? 'en',
        t,
        onTogglePin: () => tracking.show(mention, !pinned),
        onClose: () => tracking.dismiss(),
      }),
      card.mount,
    );
    card.show(mention.range.startContainer);
    if (shown?.mention !== mention) {
      stopFollowing?.();
      setActiveHighlight(win as Window, mention.range);
      stopFollowing = followMention({
        range: mention.range,
        point,
        floating: card.element,
        moveTo: card.moveTo,
        fit: (maxWidth, maxHeight) => {
          const dialog = card.mount.firstElementChild as HTMLElement | null;
          dialog?.style.setProperty('max-width', `${Math.max(200, Math.min(360, maxWidth))}px`);
          dialog?.style.setProperty('max-height', `${Math.max(120, maxHeight)}px`);
        },
        onGone: () => tracking.dismiss(),
      });
    }
    shown = { mention, pinned };
  }

  function hide() {
    const hadFocus = host?.hasFocus() ?? false;
    stopFollowing?.();
    stopFollowing = undefined;
    shown = undefined;
    setActiveHighlight(win as Window, null);
    if (host) {
      host.hide();
      // Unmounting resets the disclosures, so the next card starts collapsed.
      render(null, host.mount);
    }
    if (hadFocus && returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
    returnFocus = undefined;
  }

  // A mention the page removed (or the scanner dropped) takes its card with it.
  index.onChange(() => {
    const mention = tracking.current();
    if (mention && !index.all().includes(mention)) tracking.dismiss();
  }, signal);
  signal.addEventListener('abort', hide, { once: true });
  watchDocumentReopen(
    doc,
    () => {
      tracking.dismiss();
      hostLife?.abort();
      host = undefined;
      tracking.relisten();
    },
    signal,
  );

  return {
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
