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
  /** The pointer is over a mention (before the hover delay has passed): the card may be wanted soon. */
  onNear?(): void;
  onClose(): void;
  signal: AbortSignal;
}

export interface HoverTracking {
  /** Registers the listeners again: `document.open()` erased them (see watch-document-reopen.ts). */
  relisten(): void;
  show(mention: Mention, pinned: boolean): void;
  dismiss(): void;
  current(): Mention | undefined;
}

/** Keys typed within this long count as "the user is typing", which holds back new cards. */
const TYPING_QUIET_MS = 800;
/** Mouse events this soon after a touch or pen event are that input's compatibility events. */
const TOUCH_MOUSE_MS = 1000;

/**
 * Feeds pointer, click and key events to the hover-intent machine and carries out its effects. All
 * listeners are passive and capture-phase on the window, so a page that stops propagation further
 * down cannot blind us and we never delay its scrolling. Pointer moves are handled at most once per
 * animation frame.
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
  let latest: MouseEvent | null = null;
  let nonMouseAt = Number.NEGATIVE_INFINITY;
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
    if (over) opts.onNear?.();
    const blocked = e.buttons !== 0 || at - typedAt < TYPING_QUIET_MS;
    dispatch({ type: 'pointer', at, over, overCard, speed, blocked });
  };

  const onMove = (e: MouseEvent) => {
    // Touch and pen have no hover; a tap on a mention opens its card through the click below.
    if (e.type === 'pointermove' && (e as PointerEvent).pointerType !== 'mouse') {
      nonMouseAt = e.timeStamp;
      return;
    }
    // The mouse events a touch also fires (https://w3c.github.io/pointerevents/#compatibility-mapping-with-mouse-events).
    if (e.type === 'mousemove' && e.timeStamp - nonMouseAt < TOUCH_MOUSE_MS) return;
    latest = e;
    frame ||= win.requestAnimationFrame(handleFrame);
  };
  const onPointerDown = (e: PointerEvent) => {
    if (e.pointerType !== 'mouse') nonMouseAt = e.timeStamp;
  };
  const onLeave = (e: Event) => {
    // Capture also sees every descendant's (non-bubbling) leave events; only leaving the page counts.
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
  };
  const onClick = (e: MouseEvent) => {
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
  };
  const onKey = (e: KeyboardEvent) => {
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
  };

  /**
   * A page listener registered before ours at the window's capture phase, the first stop of every
   * event's path (https://dom.spec.whatwg.org/#concept-event-dispatch), can stop any event from
   * reaching us, and nothing lets an extension listen ahead of it. Pointer and mouse events are
   * dispatched separately, though, so a page that stops one kind still leaves us the other: both
   * feed the same handler (docs/hostile-pages.md).
   */
  let listeners = new AbortController();
  const listen = () => {
    const options = { capture: true, passive: true, signal: listeners.signal } as const;
    for (const type of ['pointermove', 'mousemove'] as const) win.addEventListener(type, onMove, options);
    for (const type of ['pointerleave', 'mouseleave'] as const)
      doc.documentElement.addEventListener(type, onLeave, options);
    win.addEventListener('pointerdown', onPointerDown, options);
    win.addEventListener('click', onClick, options);
    win.addEventListener('keydown', onKey, options);
  };
  signal.addEventListener('abort', () => listeners.abort(), { once: true });
  listen();

  signal.addEventListener(
    'abort',
    () => {
      if (frame) win.cancelAnimationFrame(frame);
    },
    { once: true },
  );

  return {
    relisten() {
      if (signal.aborted) return;
      listeners.abort();
      listeners = new AbortController();
      listen();
    },
    show: (mention, pinned) => dispatch({ type: 'show', mention, pinned }),
    dismiss: () => dispatch({ type: 'dismiss' }),
    current: () => (state.kind === 'open' ? state.mention : undefined),
  };
}
