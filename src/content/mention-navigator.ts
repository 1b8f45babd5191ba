import type { CardController } from './card/start-hover-card.ts';
import type { Mention, MentionIndex } from './mention-index.ts';

export interface MentionNavigator {
  /** Opens the next (1) or previous (-1) mention's card, wrapping at the ends; false if there is none. */
  step(direction: 1 | -1): boolean;
  /** Opens the company's first mention, then on each further call its next one (wrapping); false if none. */
  revealCompany(companyId: string): boolean;
}

/** A mention the reader can be taken to: still in the page and laid out (not inside display:none). */
const isVisible = (m: Mention) => m.range.getClientRects().length > 0;

/**
 * Keyboard travel between mentions, for the next/previous commands and the popup's company list.
 * It steps from the mention whose card is open; with none open it starts from the viewport, so the
 * first step lands on what the reader is looking at rather than at the top of the page.
 */
export function createMentionNavigator(
  index: MentionIndex,
  card: Pick<CardController, 'open' | 'current'>,
  win: Window = window,
): MentionNavigator {
  const go = (mention: Mention) => {
    reveal(mention, win);
    card.open(mention, { focus: true });
    return true;
  };

  return {
    step(direction) {
      const mentions = index.all().filter(isVisible);
      if (mentions.length === 0) return false;
      const current = card.current();
      const at = current ? mentions.indexOf(current) : -1;
      if (at >= 0) return go(mentions[(at + direction + mentions.length) % mentions.length] as Mention);
      return go(fromViewport(mentions, direction, win));
    },
    revealCompany(companyId) {
      const mentions = index.all().filter((m) => m.companyId === companyId && isVisible(m));
      if (mentions.length === 0) return false;
      const current = card.current();
      const at = current ? mentions.indexOf(current) : -1;
      return go(mentions[(at + 1) % mentions.length] as Mention);
    },
  };
}

/** The first mention not above the viewport (going forward) or the last not below it (going back). */
function fromViewport(mentions: readonly Mention[], direction: 1 | -1, win: Window): Mention {
  if (direction === 1) {
    return mentions.find((m) => m.range.getBoundingClientRect().bottom > 0) ?? (mentions[0] as Mention);
  }
  const below = (m: Mention) => m.range.getBoundingClientRect().top >= win.innerHeight;
  return mentions.findLast((m) => !below(m)) ?? (mentions.at(-1) as Mention);
}

/** Scrolls a mention to the middle of the view unless it is already fully visible. */
function reveal(mention: Mention, win: Window): void {
  const rect = mention.range.getBoundingClientRect();
  if (rect.top >= 0 && rect.bottom <= win.innerHeight && rect.left >= 0 && rect.right <= win.innerWidth)
    return;
  const start = mention.range.startContainer;
  const element = start.nodeType === Node.ELEMENT_NODE ? (start as Element) : start.parentElement;
  // The element brings any scrolling container into view; then the window centres the words themselves,
  // which matters when the element is a long paragraph.
  element?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
  const after = mention.range.getBoundingClientRect();
  const offset = after.top + after.height / 2 - win.innerHeight / 2;
  if (Math.abs(offset) > 1) win.scrollBy({ top: offset, behavior: 'instant' });
}
