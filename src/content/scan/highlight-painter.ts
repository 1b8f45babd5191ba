/**
 * Paints mentions with the CSS Custom Highlight API: one `Highlight` per status level, registered
 * under our `company-lens-*` names. The page's DOM is never touched. Aborting the signal
 * unregisters every highlight, the open card's one included.
 */
import type { StatusLevel } from '../../shared/dataset-types.ts';
import { ACTIVE_HIGHLIGHT_NAME, HIGHLIGHT_NAMES } from './highlight-styles.ts';

export interface HighlightPainter {
  add(level: StatusLevel, range: Range): void;
  remove(level: StatusLevel, range: Range): void;
}

/** Whether this engine can paint at all; without the API we still index mentions for the card. */
export function supportsHighlights(win: Window & typeof globalThis): boolean {
  return typeof win.CSS?.highlights?.set === 'function' && typeof Highlight === 'function';
}

export function startHighlightPainter(
  win: Window & typeof globalThis,
  signal: AbortSignal,
): HighlightPainter {
  if (!supportsHighlights(win)) return { add() {}, remove() {} };
  const registry = win.CSS.highlights;
  const highlights = new Map<StatusLevel, Highlight>();
  for (const [level, name] of Object.entries(HIGHLIGHT_NAMES) as [StatusLevel, string][]) {
    const highlight = new Highlight();
    highlights.set(level, highlight);
    registry.set(name, highlight);
  }
  signal.addEventListener(
    'abort',
    () => {
      for (const name of [...Object.values(HIGHLIGHT_NAMES), ACTIVE_HIGHLIGHT_NAME]) registry.delete(name);
    },
    { once: true },
  );
  return {
    add: (level, range) => {
      if (!signal.aborted) highlights.get(level)?.add(range);
    },
    remove: (level, range) => {
      highlights.get(level)?.delete(range);
    },
  };
}
