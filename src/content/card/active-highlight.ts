/** The highlight name the scanner's stylesheet paints for the mention whose card is open. */
export const ACTIVE_HIGHLIGHT = 'company-lens-active';

/**
 * Marks (or, with null, unmarks) the mention whose card is open, through the Custom Highlight API like
 * every other mark: the page's DOM is never touched. Without the API the card still works, unmarked.
 */
export function setActiveHighlight(win: Window, range: Range | null): void {
  const registry = (win as Window & typeof globalThis).CSS?.highlights;
  if (!registry || typeof Highlight !== 'function') return;
  if (range) registry.set(ACTIVE_HIGHLIGHT, new Highlight(range));
  else registry.delete(ACTIVE_HIGHLIGHT);
}
