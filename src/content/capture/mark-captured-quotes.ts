/**
 * Back on a page the user captured from: its captured quotes are marked with a highlight of our own,
 * `company-lens-quote` (styled in highlights.css), for as long as the activation lives. A quote the
 * page no longer holds is simply not marked; the fact is kept.
 */
import { readCapturedQuotes } from '../../shared/captured-quotes.ts';
import { supportsHighlights } from '../scan/highlight-painter.ts';
import { QUOTE_HIGHLIGHT_NAME } from '../scan/highlight-styles.ts';
import { cleanPageUrl } from './clean-page-url.ts';
import { findQuoteRange } from './find-quote-range.ts';

/** Marks them now; the function returned marks them again, as they are stored then. */
export function markCapturedQuotes(win: Window & typeof globalThis, signal: AbortSignal): () => void {
  if (!supportsHighlights(win) || win !== win.top) return () => {};
  let reads = 0;
  const mark = () => {
    const read = ++reads;
    readCapturedQuotes(cleanPageUrl(win.location.href)).then(
      (quotes) => {
        if (signal.aborted || read !== reads) return;
        const ranges = quotes.flatMap((quote) => findQuoteRange(win.document, quote) ?? []);
        if (ranges.length === 0) win.CSS.highlights.delete(QUOTE_HIGHLIGHT_NAME);
        else win.CSS.highlights.set(QUOTE_HIGHLIGHT_NAME, new Highlight(...ranges));
      },
      () => {},
    );
  };
  signal.addEventListener('abort', () => win.CSS.highlights.delete(QUOTE_HIGHLIGHT_NAME), { once: true });
  mark();
  return mark;
}
