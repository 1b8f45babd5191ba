/** The dataset's size and age, for the popup's footer: what the marks and cards rest on. */

import type { Article, Dataset, FuzzyDate } from '../shared/dataset-types.ts';
import { compareNewestFirst } from '../shared/format-fuzzy-date.ts';

export interface DatasetSummary {
  companies: number;
  facts: number;
  /** Newest first. */
  articles: Article[];
  /** The newest article date. */
  latest: FuzzyDate | undefined;
}

export function summarizeDataset(dataset: Dataset): DatasetSummary {
  const articles = [...dataset.articles].sort((a, b) => compareNewestFirst(a.date, b.date));
  return {
    companies: dataset.companies.length,
    facts: dataset.companies.reduce((sum, company) => sum + company.facts.length, 0),
    articles,
    latest: articles[0]?.date,
  };
}
