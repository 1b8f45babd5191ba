import { quoteSpan } from '../shared/normalise-quote.ts';

/** A run of an article's text, marked when it is part of the quote being shown. */
export interface Segment {
  text: string;
  quote: boolean;
}

/**
 * An article's text as paragraphs (split on blank lines, or on single line breaks where the text has
 * no blank lines), each a list of segments, the quote's span marked wherever it falls, across
 * paragraphs too. The quote is found with the build's own normalisation (`normalise-quote.ts`), so
 * what the build checked is exactly what is marked. `found` is false when it is not there.
 */
export function articleParagraphs(
  text: string,
  quote: string | null,
): { paragraphs: Segment[][]; found: boolean } {
  const span = quote === null ? null : quoteSpan(quote, text);
  const separator = /\n\s*\n/.test(text) ? /\n\s*\n/g : /\n/g;
  const paragraphs: Segment[][] = [];
  let from = 0;
  const push = (start: number, end: number) => {
    const raw = text.slice(start, end);
    if (raw.trim() === '') return;
    const cut = (a: number, b: number, isQuote: boolean): Segment | null =>
      a < b ? { text: text.slice(a, b), quote: isQuote } : null;
    const s = span ? Math.min(Math.max(span.start, start), end) : end;
    const e = span ? Math.min(Math.max(span.end, start), end) : end;
    paragraphs.push(
      [cut(start, s, false), cut(s, e, true), cut(e, end, false)].filter((x): x is Segment => x !== null),
    );
  };
  for (const match of text.matchAll(separator)) {
    push(from, match.index);
    from = match.index + match[0].length;
  }
  push(from, text.length);
  return { paragraphs, found: span !== null };
}
