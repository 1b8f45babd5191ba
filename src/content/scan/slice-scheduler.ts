/**
 * Runs the scanner's work in short slices (about 8 ms), yielding to the page between them, so no
 * task of ours comes near the 50 ms long-task mark. Firefox reports no long-task entries, so the
 * slices time themselves: the longest one is kept in `stats` for the benchmark and the tests.
 */
import type { TypingGuard } from './typing-guard.ts';

export interface ScanStats {
  /** Longest single slice of our work, in ms. */
  longestSliceMs: number;
  slices: number;
  /** Characters matched. */
  chars: number;
  /** performance.now() when the work queue last ran empty; 0 while work is scheduled. */
  idleSince: number;
}

/** Does work until `pastDeadline()`; returns whether more work is left. */
export type SliceWork = (pastDeadline: () => boolean) => boolean;

export interface SliceScheduler {
  /** Makes sure a slice will run soon. */
  wake(): void;
}

const SLICE_MS = 8;

type IdleWindow = Window & {
  requestIdleCallback?: (cb: () => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
};

export function startSliceScheduler(
  win: Window,
  guard: TypingGuard,
  stats: ScanStats,
  work: SliceWork,
  signal: AbortSignal,
): SliceScheduler {
  const idle = win as IdleWindow;
  let timer: number | undefined;
  let idleHandle: number | undefined;

  const run = () => {
    timer = undefined;
    idleHandle = undefined;
    if (signal.aborted) return;
    const wait = guard.waitMs();
    if (wait > 0) {
      timer = win.setTimeout(run, wait);
      return;
    }
    const start = performance.now();
    const more = work(() => performance.now() - start >= SLICE_MS);
    const took = performance.now() - start;
    stats.slices++;
    stats.longestSliceMs = Math.max(stats.longestSliceMs, took);
    if (more) schedule();
    else stats.idleSince = performance.now();
  };

  // Idle callbacks let the page's own work go first; the timeout keeps a busy page from starving us.
  const schedule = () => {
    if (timer !== undefined || idleHandle !== undefined || signal.aborted) return;
    stats.idleSince = 0;
    if (idle.requestIdleCallback) idleHandle = idle.requestIdleCallback(run, { timeout: 100 });
    else timer = win.setTimeout(run, 0);
  };

  signal.addEventListener(
    'abort',
    () => {
      if (timer !== undefined) win.clearTimeout(timer);
      if (idleHandle !== undefined) idle.cancelIdleCallback?.(idleHandle);
    },
    { once: true },
  );
  return { wake: schedule };
}
