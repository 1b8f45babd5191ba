import type { Mention, MentionIndex } from '../mention-index.ts';
import { runLater } from '../page-proof-timer.ts';
import { mentionAtPoint } from './hit-test.ts';
import {
  DEFAULT_GRACE_MS,
  DEFAULT_MAX_SPEED,
  IDLE,
  type IntentConfig,
  type IntentEvent,
  type IntentState,
  intentDeadline,
  nextIntent,
} from './hover-intent.ts';

export interface Point {
  x: number;
  y: number;
}

export interface HoverTrackingOptions {
  doc: Document;
  index: MentionIndex;
  delayMs: number;
  /** True for events that come from our own card (retargeted to its host). */
  isCard(target: EventTarget | null): boolean;
  onOpen(mention: Mention, opts: { pinned: boolean; point: Point | null }): void;
  onClose(): void;
  signal: AbortSignal;
}

export interface HoverTracking {
  show(mention: Mention, pinned: boolean): void;
  dismiss(): void;
  current(): Mention | undefined;
}

/** Keys typed within this long count as "the user is typing", which holds back new cards. */
const TYPING_QUIET_MS = 800;

/**
 * Feeds pointer, click and key events to the hover-intent machine and carries out its effects. All
 * listeners are passive and capture-phase on the window, so a page that stops propagation cannot blind
 * us and we never delay its scrolling. Pointer moves are handled at most once per animation frame.
 */
export function startHoverTracking(opts: HoverTrackingOptions): HoverTracking {
  const { doc, index, signal } = opts;
  const win = doc.defaultView;
  if (!win) throw new Error('startHoverTracking needs a document with a window');
  const config: IntentConfig = {
    delayMs: opts.delayMs,
    graceMs: DEFAULT_GRACE_MS,
    maxSpeed: DEFAULT_MAX_SPEED,
  };
  let state: IntentState<Mention> = IDLE;
  // A postTask, not setTimeout: the page could clear a timer id of ours.
  let cancelTick: (() => void) | undefined;
  let frame = 0;
  let latest: PointerEvent | null = null;
  let previous: { x: number; y: number; at: number } | null = null;
  let lastPoint: Point | null = null;
  let typedAt = Number.NEGATIVE_INFINITY;

  const dispatch = (event: IntentEvent<Mention>) => {
    if (signal.aborted) return;
    const step = nextIntent(state, event, config);
    state = step.state;
    cancelTick?.();
    cancelTick = undefined;
    const deadline = intentDeadline(state);
    if (deadline !== null) {
      cancelTick = runLater(
        win,
        () => dispatch({ type: 'tick', at: performance.now() }),
        { delayMs: Math.max(0, deadline - performance.now()), priority: 'user-blocking' },
        signal,
      );
    }
    if (step.effect?.kind === 'open') {
      opts.onOpen(step.effect.mention, { pinned: step.effect.pinned, point: lastPoint });
    } else if (step.effect?.kind === 'close') {
      opts.onClose();
    }
  };

  const handleFrame = () => {
    frame = 0;
    const e = latest;
    if (!e) return;
    latest = null;
    const at = performance.now();
    const speed = previous
      ? Math.hypot(e.clientX - previous.x, e.clientY - previous.y) / Math.max(1, at - previous.at)
      : 0;
    previous = { x: e.clientX, y: e.clientY, at };
    const overCard = opts.isCard(e.target);
    lastPoint = overCard ? lastPoint : { x: e.clientX, y: e.clientY };
    const over = overCard ? null : (mentionAtPoint(doc, index, e.clientX, e.clientY) ?? null);
    const blocked = e.buttons !== 0 || at - typedAt < TYPING_QUIET_MS;
    dispatch({ type: 'pointer', at, over, overCard, speed, blocked });
  };

  const listen = { capture: true, passive: true, signal } as const;
  win.addEventListener(
    'pointermove',
    (e) => {
      // Touch and pen have no hover; a tap on a mention opens its card through the click below.
      if (e.pointerType !== 'mouse') return;
      latest = e;
      frame ||= win.requestAnimationFrame(handleFrame);
    },
    listen,
  );
  doc.documentElement.addEventListener(
    'pointerleave',
    (e) => {
      // Capture also sees every descendant's (non-bubbling) pointerleave; only leaving the page counts.
      if (e.target !== doc.documentElement) return;
      previous = null;
      dispatch({
        type: 'pointer',
        at: performance.now(),
        over: null,
        overCard: false,
        speed: 0,
        blocked: false,
      });
    },
    listen,
  );
  win.addEventListener(
    'click',
    (e) => {
      if (opts.isCard(e.target)) return;
      // A click that ends a text selection is selecting, not asking for a card.
      const selecting = !(doc.getSelection()?.isCollapsed ?? true);
      const mention = selecting ? undefined : mentionAtPoint(doc, index, e.clientX, e.clientY);
      if (mention) {
        lastPoint = { x: e.clientX, y: e.clientY };
        dispatch({ type: 'show', mention, pinned: true });
      } else if (state.kind !== 'idle') {
        dispatch({ type: 'click-away' });
      }
    },
    listen,
  );
  win.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'Escape') {
        if (state.kind !== 'idle') dispatch({ type: 'dismiss' });
        return;
      }
      if (
        !e.ctrlKey &&
        !e.metaKey &&
        !e.altKey &&
        (e.key.length === 1 || e.key === 'Backspace' || e.key === 'Delete')
      ) {
        typedAt = performance.now();
      }
    },
    listen,
  );
  signal.addEventListener(
    'abort',
    () => {
      if (frame) win.cancelAnimationFrame(frame);
    },
    { once: true },
  );

  return {
    show: (mention, pinned) => dispatch({ type: 'show', mention, pinned }),
    dismiss: () => dispatch({ type: 'dismiss' }),
    current: () => (state.kind === 'open' ? state.mention : undefined),
  };
}
