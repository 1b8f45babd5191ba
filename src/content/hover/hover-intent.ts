/**
 * When a hover card should open and close, as a pure state machine: the events in, the state and one
 * effect out, and the time of the next deadline for the caller to wake at. Keeping timers and the DOM
 * out of it means every rule below is a unit test, not a browser session.
 *
 * - A card opens once the pointer has rested on a mention for `delayMs`. A fast sweep restarts the
 *   wait on every sample, so a pointer crossing text never opens anything; a slow drift inside the
 *   same mention keeps the wait running, so a hand that is not perfectly still still gets its card.
 * - Nothing opens while a button is down (selecting) or the user is typing (`blocked`).
 * - An open card survives the pointer's trip into it: leaving the mention starts a grace period that
 *   reaching the card (or coming back) cancels. Resting on another mention swaps the card after the delay.
 * - A pinned card (clicked, or opened from the keyboard) ignores the pointer, and a click elsewhere on
 *   the page, until dismissed: the reader keeps it beside their reading on purpose.
 */

export interface IntentConfig {
  delayMs: number;
  graceMs: number;
  /** Above this pointer speed (px per ms) the pointer is sweeping, not pointing. */
  maxSpeed: number;
}

export const DEFAULT_GRACE_MS = 300;
export const DEFAULT_MAX_SPEED = 0.5;

export type IntentState<M> =
  | { kind: 'idle' }
  | { kind: 'pending'; target: M; deadline: number }
  /** `deadline` ends the grace period, or (with a `candidate`) the wait before swapping to it. */
  | { kind: 'open'; mention: M; pinned: boolean; deadline: number | null; candidate: M | null };

export type IntentEvent<M> =
  | { type: 'pointer'; at: number; over: M | null; overCard: boolean; speed: number; blocked: boolean }
  | { type: 'tick'; at: number }
  /** Open right away: a click on the mention, the pin button, or the keyboard. */
  | { type: 'show'; mention: M; pinned: boolean }
  /** Close right away: Escape, the close button, the mention scrolled out of view or went away. */
  | { type: 'dismiss' }
  /** A click on the page away from any mention: closes a card that is not pinned. */
  | { type: 'click-away' };

type IntentEffect<M> = { kind: 'open'; mention: M; pinned: boolean } | { kind: 'close' } | null;

export interface IntentStep<M> {
  state: IntentState<M>;
  effect: IntentEffect<M>;
}

export const IDLE: IntentState<never> = { kind: 'idle' };

export function nextIntent<M>(
  state: IntentState<M>,
  event: IntentEvent<M>,
  config: IntentConfig,
): IntentStep<M> {
  switch (event.type) {
    case 'show':
      return {
        state: {
          kind: 'open',
          mention: event.mention,
          pinned: event.pinned,
          deadline: null,
          candidate: null,
        },
        effect: { kind: 'open', mention: event.mention, pinned: event.pinned },
      };
    case 'dismiss':
      return { state: IDLE, effect: state.kind === 'open' ? { kind: 'close' } : null };
    case 'click-away':
      if (state.kind === 'open' && state.pinned) return { state, effect: null };
      return { state: IDLE, effect: state.kind === 'open' ? { kind: 'close' } : null };
    case 'tick':
      return onTick(state, event.at);
    case 'pointer':
      return { state: onPointer(state, event, config), effect: null };
  }
}

function onTick<M>(state: IntentState<M>, at: number): IntentStep<M> {
  if (state.kind === 'pending' && at >= state.deadline) {
    return {
      state: { kind: 'open', mention: state.target, pinned: false, deadline: null, candidate: null },
      effect: { kind: 'open', mention: state.target, pinned: false },
    };
  }
  if (state.kind === 'open' && state.deadline !== null && at >= state.deadline) {
    if (state.candidate === null) return { state: IDLE, effect: { kind: 'close' } };
    return {
      state: { kind: 'open', mention: state.candidate, pinned: false, deadline: null, candidate: null },
      effect: { kind: 'open', mention: state.candidate, pinned: false },
    };
  }
  return { state, effect: null };
}

function onPointer<M>(
  state: IntentState<M>,
  event: Extract<IntentEvent<M>, { type: 'pointer' }>,
  config: IntentConfig,
): IntentState<M> {
  const { at, over, overCard, speed, blocked } = event;
  const sweeping = speed > config.maxSpeed;
  // While blocked the pointer can keep a card, never earn a new one.
  const target = blocked ? null : over;

  if (state.kind === 'idle') {
    return target === null ? state : { kind: 'pending', target, deadline: at + config.delayMs };
  }
  if (state.kind === 'pending') {
    if (target === null) return IDLE;
    if (target !== state.target || sweeping)
      return { kind: 'pending', target, deadline: at + config.delayMs };
    return state;
  }
  if (state.pinned) return state;
  if (overCard || over === state.mention) {
    return state.deadline === null ? state : { ...state, deadline: null, candidate: null };
  }
  if (target !== null) {
    if (target === state.candidate && !sweeping) return state;
    return { ...state, candidate: target, deadline: at + config.delayMs };
  }
  if (state.deadline !== null && state.candidate === null) return state; // already in its grace period
  return { ...state, candidate: null, deadline: at + config.graceMs };
}

/** When the caller should send the next `tick`, or null when nothing is waiting. */
export function intentDeadline<M>(state: IntentState<M>): number | null {
  return state.kind === 'idle' ? null : state.deadline;
}
