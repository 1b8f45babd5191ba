/**
 * Typed access to the compiled dataset (`src/generated/dataset.json`, written by `npm run data` from
 * the checked sources in `data/`). The JSON is bundled, so lookups need no network or storage.
 */
import compiled from '../generated/dataset.json' with { type: 'json' };
import type { Article, Company, Dataset } from './dataset-types.ts';

// JSON imports are typed with plain `string`s; the build validated every field against `Dataset`.
export const dataset: Dataset = compiled as Dataset;

const companies = new Map(dataset.companies.map((company) => [company.id, company]));
const articles = new Map(dataset.articles.map((article) => [article.id, article]));

export function companyById(id: string): Company | undefined {
  return companies.get(id);
}

export function articleById(id: string): Article | undefined {
  return articles.get(id);
}
