/**
 * Custom elements often attach their shadow root after the scan has passed them (when their
 * definition loads, or on first render), and no observer reports an attached shadow root. The
 * components seen without one are looked at again for a while, further apart each time (0.5 s to
 * 8 s after the newest one was seen), and a shadow root that has appeared is handed on to be
 * scanned. Each component is watched for at most WATCH_MS, so a page that keeps adding components
 * pays only for the recent ones.
 */
import { runLater } from '../page-proof-timer.ts';

const DELAYS_MS = [500, 1000, 2000, 4000, 8000];
/** How long one component is watched: the sum of the delays, its looks. */
const WATCH_MS = DELAYS_MS.reduce((sum, ms) => sum + ms, 0);
/** Components watched at most: a page of thousands keeps the first ones, which the reader sees first. */
const MAX_WATCHED = 2000;

export interface LateShadowRoots {
  /** A component (a custom element) that has no shadow root yet. */
  watch(host: Element): void;
}

export function startLateShadowRoots(
  win: Window,
  onShadowRoot: (shadowRoot: ShadowRoot) => void,
  signal: AbortSignal,
): LateShadowRoots {
  /** Each component with the time it was first seen. */
  const waiting = new Map<Element, number>();
  let step = 0;
  let scheduled = false;

  const schedule = () => {
    scheduled = true;
    runLater(win, check, DELAYS_MS[Math.min(step, DELAYS_MS.length - 1)] as number, signal);
  };
  const check = () => {
    scheduled = false;
    const now = Date.now();
    for (const [host, seenAt] of waiting) {
      const shadowRoot = host.shadowRoot;
      if (shadowRoot) onShadowRoot(shadowRoot);
      if (shadowRoot || !host.isConnected || now - seenAt >= WATCH_MS) waiting.delete(host);
    }
    step++;
    if (waiting.size > 0) schedule();
  };
  signal.addEventListener('abort', () => waiting.clear(), { once: true });

  return {
    watch(host) {
      if (signal.aborted || waiting.has(host) || waiting.size >= MAX_WATCHED) return;
      waiting.set(host, Date.now());
      // A new component is looked at soon again, then further apart.
      step = 0;
      if (!scheduled) schedule();
    },
  };
}
