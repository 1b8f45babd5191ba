/**
 * What a capture may hold: a fact quotes a sentence or a clause, never a page. The limits follow
 * the pack's own quote check (at least four words, `check-quotes.ts`) and keep a quote readable in
 * the card.
 */
export const MAX_QUOTE_CHARS = 1500;
export const MAX_QUOTE_PARAGRAPHS = 4;
const MIN_QUOTE_WORDS = 4;

export type SelectionProblem = 'empty' | 'too-short' | 'too-long';

export function selectionProblem(quote: string): SelectionProblem | null {
  const trimmed = quote.trim();
  if (trimmed === '') return 'empty';
  const paragraphs = trimmed.split(/\n\s*\n|\n/).filter((p) => p.trim() !== '').length;
  if (trimmed.length > MAX_QUOTE_CHARS || paragraphs > MAX_QUOTE_PARAGRAPHS) return 'too-long';
  if (trimmed.split(/\s+/).length < MIN_QUOTE_WORDS) return 'too-short';
  return null;
}
