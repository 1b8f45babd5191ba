/**
 * The hover card is a content script of its own (`card-script.ts`, run at `document_end`), which the
 * scanner's script (`index.ts`, run at `document_idle`) starts through this slot. Why: evaluating our
 * script in a fresh renderer was our longest task on small pages (docs/benchmark.md, "Decisions
 * behind the code"). The card, with Preact and the positioning library, is about half of the code;
 * split, each half is compiled in a task of its own, and the card's compile is no part of the
 * scanner's start-up.
 *
 * Both scripts run in one isolated world (Chrome) or sandbox (Firefox), whose global object the page
 * cannot see; the slot is a property of it. Chrome runs `document_end` scripts first, but Firefox
 * injects both into the tabs already open when the extension is installed or updated, so either
 * side may come first.
 */
import type { CardController, HoverCardOptions, startHoverCard } from './card/start-hover-card.ts';
import { runLater } from './page-proof-timer.ts';

type StartHoverCard = typeof startHoverCard;

interface Slot {
  start?: StartHoverCard;
  waiting: ((start: StartHoverCard) => void)[];
}

const KEY = '__companyLensHoverCard';

function slotIn(global: object): Slot {
  const holder = global as Record<string, Slot | undefined>;
  holder[KEY] ??= { waiting: [] };
  return holder[KEY];
}

/** Called by the card's script: hands `startHoverCard` to the scanner's, now or when it asks. */
export function provideHoverCard(start: StartHoverCard, global: object = globalThis): void {
  const slot = slotIn(global);
  slot.start = start;
  for (const begin of slot.waiting.splice(0)) begin(start);
}

/**
 * Starts the hover card in a task of its own once its script is there (normally at once), so that
 * its set-up is not added to the scanner's. Until then the returned controller has no card: `open`
 * does nothing and `current` is undefined.
 */
export function startHoverCardWhenReady(opts: HoverCardOptions, global: object = globalThis): CardController {
  let card: CardController | undefined;
  const win = opts.doc.defaultView;
  if (!win) throw new Error('startHoverCardWhenReady needs a document with a window');
  const begin = (start: StartHoverCard) => {
    runLater(win, () => (card = start(opts)), 0, opts.signal);
  };
  const slot = slotIn(global);
  if (slot.start) {
    begin(slot.start);
  } else {
    slot.waiting.push(begin);
    const forget = () => {
      const at = slot.waiting.indexOf(begin);
      if (at >= 0) slot.waiting.splice(at, 1);
    };
    opts.signal.addEventListener('abort', forget, { once: true });
  }
  return {
    open: (mention, how) => card?.open(mention, how),
    close: () => card?.close(),
    current: () => card?.current(),
  };
}
