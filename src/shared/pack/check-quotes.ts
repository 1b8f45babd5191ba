import { normaliseText } from '../normalise-quote.ts';
import type { DataError } from './data-error.ts';
import type { ValidArticle, ValidCompany } from './valid-sources.ts';

/** A quote is a whole sentence or clause; anything shorter cannot support a fact on its own. */
const MIN_QUOTE_WORDS = 4;

/**
 * Every fact's quote must occur in the body of the article it cites (whitespace and typographic
 * quotes normalised, nothing else). Facts citing an unknown article are reported by
 * `checkReferences`, not twice here.
 */
export function checkQuotes(
  articles: readonly ValidArticle[],
  companies: readonly ValidCompany[],
): DataError[] {
  const errors: DataError[] = [];
  const articlesById = new Map(articles.map((a) => [a.id, a]));
  // Each body is normalised once, however many facts quote it: a pack may hold many per article.
  const normalisedBodies = new Map<string, string>();
  const normalisedBody = (article: ValidArticle) => {
    let body = normalisedBodies.get(article.id);
    if (body === undefined) {
      body = normaliseText(article.body);
      normalisedBodies.set(article.id, body);
    }
    return body;
  };
  for (const { file, source } of companies) {
    source.facts.forEach((fact, index) => {
      const field = `facts.${index}.quote`;
      const quote = normaliseText(fact.quote).trim(); // as normaliseQuote, without the offsets
      const words = quote.split(' ').length;
      if (words < MIN_QUOTE_WORDS) {
        errors.push({ file, field, message: `is ${words} word(s); quote a whole sentence or clause` });
      }
      const article = articlesById.get(fact.article);
      if (article && (quote.length === 0 || !normalisedBody(article).includes(quote))) {
        const where = article.body === article.text ? '' : ' (above its bodyEndsBefore line)';
        errors.push({
          file,
          field,
          message: `not found in article ${article.id}${where}, even with whitespace and typographic quotes normalised`,
        });
      }
    });
  }
  return errors;
}
