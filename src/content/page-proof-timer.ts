/**
 * Timers the page cannot cancel. Timer ids are per window, not per script world: in Chromium 156
 * (2026-11) a page's `clearTimeout(id)` cancelled a timer set in an isolated world, and in Firefox
 * ESR 140 (2026-12) one set from a content script. A page that clears ids wholesale — some
 * frameworks and ad scripts do on navigation — could then stall our scan. A task posted with
 * `scheduler.postTask` (Chromium 94+, Firefox 142+) has no id; only its own AbortSignal cancels it.
 * Without it, `AbortSignal.timeout` gives a timer without an id: Firefox files it apart from
 * `setTimeout`'s, where `clearTimeout` cannot reach it (checked by the hostile-timers browser test).
 * An error thrown by `callback` is reported (our-errors.ts), not swallowed.
 */
import { reportOurError } from './our-errors.ts';

type TaskPriority = 'user-blocking' | 'user-visible' | 'background';

interface PostTaskScheduler {
  postTask(
    callback: () => void,
    options: { delay?: number; priority?: TaskPriority; signal?: AbortSignal },
  ): Promise<unknown>;
}

/** When a task runs: after `delayMs`, at the scheduler's `priority` (default 'user-visible'). */
export interface Later {
  delayMs: number;
  priority?: TaskPriority;
}

/**
 * Calls `callback` after `when` (a delay in milliseconds, or a `Later`), unless `signal` aborts
 * first; returns a cancel function.
 */
export function runLater(
  win: Window,
  callback: () => void,
  when: number | Later,
  signal: AbortSignal,
): () => void {
  const { delayMs, priority = 'user-visible' } = typeof when === 'number' ? { delayMs: when } : when;
  // An abort listener added to an aborted signal never fires: without this, the callback would run.
  if (signal.aborted) return () => {};
  const scheduler = (win as Window & { scheduler?: PostTaskScheduler }).scheduler;
  if (typeof scheduler?.postTask === 'function') {
    const task = new AbortController();
    const stop = () => task.abort();
    signal.addEventListener('abort', stop, { once: true });
    scheduler
      .postTask(
        () => {
          signal.removeEventListener('abort', stop);
          callback();
        },
        { delay: delayMs, priority, signal: task.signal },
      )
      // Aborted tasks reject; that is the expected way out. Anything else is an error of ours.
      .catch((error: unknown) => {
        if (!task.signal.aborted) reportOurError(error);
      });
    return stop;
  }
  let stopped = false;
  const stop = () => {
    stopped = true;
  };
  signal.addEventListener('abort', stop, { once: true });
  AbortSignal.timeout(delayMs).addEventListener(
    'abort',
    () => {
      signal.removeEventListener('abort', stop);
      if (stopped) return;
      try {
        callback();
      } catch (error) {
        reportOurError(error);
      }
    },
    { once: true },
  );
  return stop;
}
