/**
 * Custom elements often attach their shadow root after the scan has passed them (when their
 * definition loads, or on first render), and no observer reports an attached shadow root. The
 * components seen without one are looked at again a few times, further apart each time (0.5 s to
 * 8 s after the last one was seen), and a shadow root that has appeared is handed on to be scanned.
 */
import { runLater } from '../page-proof-timer.ts';

const DELAYS_MS = [500, 1000, 2000, 4000, 8000];
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
  const waiting = new Set<Element>();
  let step = 0;
  let scheduled = false;

  const schedule = () => {
    scheduled = true;
    runLater(win, check, DELAYS_MS[step] as number, signal);
  };
  const check = () => {
    scheduled = false;
    for (const host of waiting) {
      const shadowRoot = host.shadowRoot;
      if (shadowRoot) onShadowRoot(shadowRoot);
      if (shadowRoot || !host.isConnected) waiting.delete(host);
    }
    step++;
    if (waiting.size > 0 && step < DELAYS_MS.length) schedule();
    else waiting.clear();
  };
  signal.addEventListener('abort', () => waiting.clear(), { once: true });

  return {
    watch(host) {
      if (signal.aborted || waiting.has(host) || waiting.size >= MAX_WATCHED) return;
      waiting.add(host);
      // Each new component starts the schedule over, so it gets all of its looks.
      step = 0;
      if (!scheduled) schedule();
    },
  };
}
