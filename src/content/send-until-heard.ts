/**
 * Sends a message to the background again, a few times and further apart, while nothing answers:
 * Firefox runs the gate in the tabs already open when the extension is installed or updated, which can
 * be before the background listens, and Chrome's service worker may be starting. Used for the asks
 * that nothing else would repeat: the gate's "load the lens" and its questions about the page's text,
 * and the lens's "load the card". `onGiveUp` runs once the last try has failed (the extension gone).
 */
import { runLater } from './page-proof-timer.ts';

const RETRY_DELAYS_MS = [100, 300, 1000, 3000];

export function sendUntilHeard(
  win: Window,
  send: () => Promise<unknown>,
  signal: AbortSignal,
  onGiveUp?: () => void,
): void {
  const attempt = (retry: number) => {
    if (signal.aborted) return;
    send().catch(() => {
      const delay = RETRY_DELAYS_MS[retry];
      if (delay !== undefined) runLater(win, () => attempt(retry + 1), delay, signal);
      else if (!signal.aborted) onGiveUp?.();
    });
  };
  attempt(0);
}
