import type { Article, Company, FuzzyDate } from '../../shared/dataset-types.ts';
import { compareNewestFirst } from '../../shared/format-fuzzy-date.ts';

/** What the card's footer says about its sources: how many articles, and the newest one's date. */
export interface SourceSummary {
  articleCount: number;
  latest: FuzzyDate | null;
}

/**
 * Counts the distinct articles behind a company's facts and finds the newest publication date, so the
 * reader can tell how old the picture is. An article missing from the dataset is not counted: the
 * footer must not claim a source the card cannot show.
 */
export function summarizeSources(
  company: Pick<Company, 'facts'>,
  articleById: (id: string) => Article | undefined,
): SourceSummary {
  const articles = new Map<string, Article>();
  for (const fact of company.facts) {
    const article = articleById(fact.articleId);
    if (article) articles.set(article.id, article);
  }
  let latest: FuzzyDate | null = null;
  for (const article of articles.values()) {
    if (!latest || compareNewestFirst(article.date, latest) < 0) latest = article.date;
  }
  return { articleCount: articles.size, latest };
}

/**
 * The article the status's "as of" date comes from: that of the facts the status rests on, or, where
 * no source reports a standing, the newest article behind any of the facts (`deriveStatus` dates it so).
 */
export function statusSource(
  company: Pick<Company, 'facts' | 'status'>,
  articleById: (id: string) => Article | undefined,
): Article | undefined {
  const { factIds, asOf } = company.status;
  const basis = company.facts.find((fact) => factIds.includes(fact.id));
  if (basis) return articleById(basis.articleId);
  for (const fact of company.facts) {
    const article = articleById(fact.articleId);
    if (article && compareNewestFirst(article.date, asOf) === 0) return article;
  }
  return undefined;
}
