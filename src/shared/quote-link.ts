/**
 * A link to a page that scrolls to a quote and marks it: a text fragment, which Chrome (80+) and
 * Firefox (131+) follow. A long quote is named by its first and last words, as the syntax allows.
 * https://wicg.github.io/scroll-to-text-fragment/#syntax
 */
const EDGE_WORDS = 4;

/** Percent-encodes a fragment term; `-`, `,` and `&` are syntax there and must be encoded too. */
const term = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D');

export function quoteLink(url: string, quote: string): string {
  const words = quote.replace(/\s+/g, ' ').trim().split(' ');
  const directive =
    words.length > EDGE_WORDS * 2
      ? `${term(words.slice(0, EDGE_WORDS).join(' '))},${term(words.slice(-EDGE_WORDS).join(' '))}`
      : term(words.join(' '));
  return `${url.replace(/#.*$/, '')}#:~:text=${directive}`;
}
