/**
 * The hover card is a script of its own (`card-script.ts`), which the lens (`lens-script.ts`) starts
 * through this slot. The lens asks the background to inject it when it finds its first mention, so a
 * page whose gate let it through but that names no company never compiles the card (Preact and the
 * positioning library are about half of our code), and the card's compile is a task of its own
 * (docs/benchmark.md, "Decisions behind the code").
 *
 * Both scripts run in one isolated world (Chrome) or sandbox (Firefox), whose global object the page
 * cannot see; the slot is a property of it. The lens normally comes first, but either side may.
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
