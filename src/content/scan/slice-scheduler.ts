/**
 * Runs the scanner's work in short slices (about 8 ms), yielding to the page between them, so no
 * task of ours comes near the 50 ms long-task mark. Firefox reports no long-task entries, so the
 * slices time themselves: the longest one is kept in `stats` for the benchmark and the tests.
 */
import { runLater } from '../page-proof-timer.ts';
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

export function startSliceScheduler(
  win: Window,
  guard: TypingGuard,
  stats: ScanStats,
  work: SliceWork,
  signal: AbortSignal,
): SliceScheduler {
  let pending: (() => void) | undefined;

  const run = () => {
    pending = undefined;
    if (signal.aborted) return;
    const wait = guard.waitMs();
    if (wait > 0) {
      pending = runLater(win, run, wait, signal);
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

  // Background priority lets the page's own work and the user's input go first.
  const schedule = () => {
    if (pending || signal.aborted) return;
    stats.idleSince = 0;
    pending = runLater(win, run, { delayMs: 0, priority: 'background' }, signal);
  };

  return { wake: schedule };
}
