/**
 * Waits until the page has loaded and rendered a frame after that, so that the first scan does not
 * compete with the page's own first layout and rasterisation, which on a big page run right when the
 * lens is injected (the gate asks at `document_end`). Starting later does the same work in less wall clock, no
 * longer stretched by the raster threads (docs/benchmark.md, "Decisions behind the code").
 */
import { runLater } from '../page-proof-timer.ts';

/**
 * Longest wait: a page whose load never ends (a stalled image, a streaming response) or a hidden tab
 * (which renders no frames) is scanned after this anyway.
 */
const MAX_WAIT_MS = 1000;

export function whenPageSettled(win: Window, callback: () => void, signal: AbortSignal): void {
  let done = false;
  const go = () => {
    if (done || signal.aborted) return;
    done = true;
    cancelFallback();
    callback();
  };
  const cancelFallback = runLater(win, go, MAX_WAIT_MS, signal);
  // The first frame after load is the page's to render; we follow in a task of our own, at the
  // default priority rather than 'background', which lets the scheduler run every other pending task
  // first: the first marks are to be painted within 100 ms of `load` (docs/benchmark.md, "Targets").
  // https://wicg.github.io/scheduling-apis/#sec-task-priorities
  const afterLoad = () => {
    const next = () => runLater(win, go, 0, signal);
    if (typeof win.requestAnimationFrame === 'function') win.requestAnimationFrame(next);
    else next();
  };
  if (win.document.readyState === 'complete') afterLoad();
  else win.addEventListener('load', afterLoad, { once: true, signal });
}
