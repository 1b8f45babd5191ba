/**
 * The bench's sign that a reference extension has finished in the top frame: an empty highlight,
 * which the page's own world sees in the shared registry (measure-ours.ts waits for it), so that a
 * run as long as mark.js's on the big articles is never cut short by a fixed wait.
 */
export const DONE_HIGHLIGHT = 'bench-reference-done';

export function signalDone(): void {
  if (window === window.top) CSS.highlights.set(DONE_HIGHLIGHT, new Highlight());
}
