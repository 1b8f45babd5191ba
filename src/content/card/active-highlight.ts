import { ACTIVE_HIGHLIGHT_NAME } from '../scan/highlight-styles.ts';

/**
 * Marks (or, with null, unmarks) the mention whose card is open, through the Custom Highlight API like
 * every other mark (the scanner's stylesheet paints it): the page's DOM is never touched. Without the
 * API the card still works, unmarked.
 */
export function setActiveHighlight(win: Window, range: Range | null): void {
  const registry = (win as Window & typeof globalThis).CSS?.highlights;
  if (!registry || typeof Highlight !== 'function') return;
  if (range) registry.set(ACTIVE_HIGHLIGHT_NAME, new Highlight(range));
  else registry.delete(ACTIVE_HIGHLIGHT_NAME);
}
