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
import type { CardController, CardView, HoverCardOptions, startHoverCard } from './card/start-hover-card.ts';
import { type Point, startHoverTracking } from './hover/start-hover-tracking.ts';
import { watchDocumentReopen } from './hover/watch-document-reopen.ts';
import type { Mention } from './mention-index.ts';
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

/** Called by the card's script: hands `startHoverCard` to the lens, now or when it asks. */
export function provideHoverCard(start: StartHoverCard, global: object = globalThis): void {
  const slot = slotIn(global);
  slot.start = start;
  for (const begin of slot.waiting.splice(0)) begin(start);
}

type OpenHow = Parameters<CardController['open']>[1];

/**
 * The lens's side of the card: hover tracking runs here from the start (it is small), and the card's
 * script is asked for (`requestCard`) when the pointer first comes over a mention, or a card is to be
 * opened from the keyboard or the popup; what was to be shown meanwhile is shown once it is there.
 * The card starts in a task of its own, so that its set-up is not added to the lens's.
 */
export function startHoverCardWhenReady(
  opts: HoverCardOptions & { requestCard(): void },
  global: object = globalThis,
): CardController {
  const { doc, index, settings, signal } = opts;
  const win = doc.defaultView;
  if (!win) throw new Error('startHoverCardWhenReady needs a document with a window');
  let view: CardView | undefined;
  let asked = false;
  /** What to show once the card is there: the tracking's open, or a keyboard or popup open. */
  let pending:
    | { mention: Mention; shown?: { pinned: boolean; point: Point | null }; how?: OpenHow }
    | undefined;

  const tracking = startHoverTracking({
    doc,
    index,
    delayMs: settings.hoverDelayMs,
    isCard: (target) => view?.isCard(target) ?? false,
    onNear: () => ask(),
    onOpen: (mention, shown) => {
      if (view) return view.show(mention, shown);
      pending = { ...pending, mention, shown };
      ask();
    },
    onClose: () => {
      pending = undefined;
      view?.hide();
    },
    signal,
  });
  watchDocumentReopen(
    doc,
    () => {
      tracking.dismiss();
      tracking.relisten();
    },
    signal,
  );

  const begin = (start: StartHoverCard) => {
    runLater(
      win,
      () => {
        view = start({ ...opts, tracking });
        const wanted = pending;
        pending = undefined;
        if (!wanted || tracking.current() !== wanted.mention) return;
        if (wanted.how) view.open(wanted.mention, wanted.how);
        else if (wanted.shown) view.show(wanted.mention, wanted.shown);
      },
      0,
      signal,
    );
  };
  const ask = () => {
    if (asked || signal.aborted) return;
    asked = true;
    const slot = slotIn(global);
    if (slot.start) return begin(slot.start);
    slot.waiting.push(begin);
    opts.requestCard();
    signal.addEventListener(
      'abort',
      () => {
        const at = slot.waiting.indexOf(begin);
        if (at >= 0) slot.waiting.splice(at, 1);
      },
      { once: true },
    );
  };

  return {
    open(mention, how) {
      if (signal.aborted) return;
      if (view) return view.open(mention, how);
      pending = { mention, how };
      // Open in the tracking now, so that next/previous step on from it; the card shows when it comes.
      tracking.show(mention, how.pinned ?? how.focus);
    },
    close: () => tracking.dismiss(),
    current: () => tracking.current(),
  };
}
