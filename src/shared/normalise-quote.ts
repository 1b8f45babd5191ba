/**
 * The one normalisation applied before a quote is looked up in its article: whitespace runs
 * (including no-break spaces and line breaks) become one space, and typographic quotes and
 * apostrophes become their ASCII forms. Nothing else is forgiven, so a quote that passes is the
 * article's own words.
 */
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032]/;
const WHITESPACE = /\s/;
const all = (pattern: RegExp, suffix = '') => new RegExp(`${pattern.source}${suffix}`, 'g');

/**
 * The normalised text as one string, without the offsets: what quotes are searched in when only
 * "is it there?" matters (a pack's import checks every quote, so each article is normalised once).
 */
export function normaliseText(text: string): string {
  return text
    .replace(all(WHITESPACE, '+'), ' ')
    .replace(all(DOUBLE_QUOTES), '"')
    .replace(all(SINGLE_QUOTES), "'");
}

function normaliseChar(char: string): string {
  if (DOUBLE_QUOTES.test(char)) return '"';
  if (SINGLE_QUOTES.test(char)) return "'";
  return char;
}

export function normaliseQuote(text: string): string {
  return normaliseWithOffsets(text).normalised.trim();
}

/**
 * Finds `quote` in `text` and returns the article's own span for it (typographic quotes kept,
 * whitespace runs shown as one space), or null when it does not occur.
 */
export function locateQuote(quote: string, text: string): string | null {
  const span = quoteSpan(quote, text);
  return span && text.slice(span.start, span.end).replace(/\s+/g, ' ');
}

/** Where `quote` occurs in `text` under the same normalisation: UTF-16 offsets, end exclusive. */
export function quoteSpan(quote: string, text: string): { start: number; end: number } | null {
  const needle = normaliseQuote(quote);
  if (needle.length === 0) return null;
  const { normalised, offsets } = normaliseWithOffsets(text);
  const at = normalised.indexOf(needle);
  if (at === -1) return null;
  // The needle is trimmed, so its first and last characters are not collapsed whitespace.
  return { start: offsets[at] ?? 0, end: (offsets[at + needle.length - 1] ?? 0) + 1 };
}

/** The normalised text, and for each of its characters the index it came from in `text`. */
function normaliseWithOffsets(text: string): { normalised: string; offsets: number[] } {
  let normalised = '';
  const offsets: number[] = [];
  let inWhitespace = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (WHITESPACE.test(char)) {
      if (!inWhitespace) {
        normalised += ' ';
        offsets.push(i);
      }
      inWhitespace = true;
      continue;
    }
    inWhitespace = false;
    normalised += normaliseChar(char);
    offsets.push(i);
  }
  return { normalised, offsets };
}
