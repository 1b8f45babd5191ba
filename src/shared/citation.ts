import type { Article, Fact } from './dataset-types.ts';
import { formatMarkedDate } from './format-fuzzy-date.ts';

/** The words a citation needs from the locale file (passed in: the card cannot import `i18n.ts`). */
export interface CitationText {
  publisherUnknown: string;
  cites(source: string): string;
  dateInferred: string;
}

/**
 * A quote with everything a reader needs to cite it, as plain text for the clipboard:
 * `“quote” — Headline. Publisher, cites Reuters, ~Mar 2021 (date inferred). https://…`
 * The URL only where the article has one; an unknown publisher is said, not left out.
 */
export function citationText(fact: Fact, article: Article, words: CitationText, locale?: string): string {
  const source = [
    article.publisher ?? words.publisherUnknown,
    article.cites === null ? null : words.cites(article.cites),
    `${formatMarkedDate(article.date, locale)}${article.date.inferred ? ` (${words.dateInferred})` : ''}`,
  ].filter((part): part is string => part !== null);
  const headline = /[.!?]$/.test(article.headline) ? article.headline : `${article.headline}.`;
  const url = article.url === null ? '' : ` ${article.url}`;
  return `“${fact.quote}” — ${headline} ${source.join(', ')}.${url}`;
}
