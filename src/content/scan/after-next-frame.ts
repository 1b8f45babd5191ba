/**
 * Calls back just after the page's next frame is rendered, when layout is fresh: reading geometry
 * then (`elementFromPoint`) does not force a synchronous layout, which on a 10 MB page cost us a
 * 200 ms task (Chromium 156, 2026-11). Hidden tabs render no frames: a timeout stands in.
 */
const HIDDEN_TAB_FALLBACK_MS = 500;

export function afterNextFrame(win: Window, callback: () => void, signal: AbortSignal): void {
  let done = false;
  const run = () => {
    if (done || signal.aborted) return;
    done = true;
    win.clearTimeout(fallback);
    callback();
  };
  const fallback = win.setTimeout(run, HIDDEN_TAB_FALLBACK_MS);
  const frame = win.requestAnimationFrame(() => win.setTimeout(run, 0));
  signal.addEventListener(
    'abort',
    () => {
      win.clearTimeout(fallback);
      win.cancelAnimationFrame(frame);
    },
    { once: true },
  );
}
