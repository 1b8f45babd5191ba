/**
 * Sends a message to the background again, a few times and further apart, while nothing answers:
 * Firefox runs the gate in the tabs already open when the extension is installed or updated, which can
 * be before the background listens, and Chrome's service worker may be starting. Used for the asks
 * that nothing else would repeat: the gate's "load the lens" and its questions about the page's text,
 * and the lens's "load the card". Resolves to whether something answered: false once the last try
 * has failed (the extension gone) or `signal` has aborted.
 */
import { runLater } from './page-proof-timer.ts';

const RETRY_DELAYS_MS = [100, 300, 1000, 3000];

export function sendUntilHeard(
  win: Window,
  send: () => Promise<unknown>,
  signal: AbortSignal,
): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    const onAbort = () => resolve(false);
    signal.addEventListener('abort', onAbort, { once: true });
    const heard = (answered: boolean) => {
      signal.removeEventListener('abort', onAbort);
      resolve(answered);
    };
    const attempt = (retry: number) => {
      if (signal.aborted) return;
      send().then(
        () => heard(true),
        () => {
          const delay = RETRY_DELAYS_MS[retry];
          if (delay === undefined) heard(false);
          else runLater(win, () => attempt(retry + 1), delay, signal);
        },
      );
    };
    attempt(0);
  });
}
