/**
 * Sends a message to the background again, a few times and further apart, while nothing answers:
 * Firefox runs the gate in the tabs already open when the extension is installed or updated, which can
 * be before the background listens, and Chrome's service worker may be starting. Used for the asks
 * that nothing else would repeat: the gate's "load the lens" and the lens's "load the card".
 */
import { runLater } from './page-proof-timer.ts';

const RETRY_DELAYS_MS = [100, 300, 1000, 3000];

export function sendUntilHeard(win: Window, send: () => Promise<unknown>, signal: AbortSignal): void {
  const attempt = (retry: number) => {
    if (signal.aborted) return;
    send().catch(() => {
      const delay = RETRY_DELAYS_MS[retry];
      if (delay !== undefined) runLater(win, () => attempt(retry + 1), delay, signal);
    });
  };
  attempt(0);
}
