/**
 * Where a fact's quote is, seen from the page the card is open on: on this very page (the page it
 * was captured from), gone from it (the page changed since), or on another page.
 */
import type { Article } from '../../shared/dataset-types.ts';
import { cleanPageUrl } from '../capture/clean-page-url.ts';
import { findQuoteRange } from '../capture/find-quote-range.ts';

export type QuotePlace = 'here' | 'gone' | 'elsewhere';

export function placeOfQuote(win: Window, article: Article, quote: string): QuotePlace {
  if (article.url === null || article.url !== cleanPageUrl(win.location.href)) return 'elsewhere';
  return findQuoteRange(win.document, quote) ? 'here' : 'gone';
}

/** Scrolls the page to the quote; false when it is no longer there. */
export function scrollToQuote(win: Window, quote: string): boolean {
  const range = findQuoteRange(win.document, quote);
  const element = range?.startContainer.parentElement;
  if (!element) return false;
  element.scrollIntoView({ block: 'center', behavior: 'smooth' });
  return true;
}
