import type { DataError } from './data-error.ts';
import { fuzzyDateProblem } from './fuzzy-date.ts';
import { ARTICLE_ID, ARTICLE_ID_MESSAGE } from './source-schema.ts';
import type { ValidArticle, ValidCompany } from './valid-sources.ts';

/** Ids (format, uniqueness, file names), dates, and every reference from one record to another. */
export function checkReferences(
  articles: readonly ValidArticle[],
  companies: readonly ValidCompany[],
  /** Ids of every file present, including those whose schema failed (already reported). */
  existing: { articleIds: ReadonlySet<string>; companyIds: ReadonlySet<string> } = {
    articleIds: new Set(articles.map((a) => a.id)),
    companyIds: new Set(companies.map((c) => c.source.id)),
  },
): DataError[] {
  const errors: DataError[] = [];
  const { articleIds, companyIds } = existing;

  for (const article of articles) {
    if (!ARTICLE_ID.test(article.id)) {
      errors.push({
        file: article.textFile,
        field: '(file)',
        message: `"${article.id}" is not a valid article id: ${ARTICLE_ID_MESSAGE}`,
      });
    }
    const dateProblem = fuzzyDateProblem(article.meta.date);
    if (dateProblem) errors.push({ file: article.metaFile, field: 'date', message: dateProblem });
    const marker = article.meta.bodyEndsBefore;
    if (marker !== undefined && !article.text.includes(marker)) {
      errors.push({
        file: article.metaFile,
        field: 'bodyEndsBefore',
        message: `"${marker}" does not occur in the article`,
      });
    }
  }

  const factFiles = new Map<string, string>();
  for (const { file, stem, source } of companies) {
    if (source.id !== stem) {
      errors.push({
        file,
        field: 'id',
        message: `"${source.id}" does not match the file name (expected "${stem}")`,
      });
    }
    if (source.parent === source.id) {
      errors.push({ file, field: 'parent', message: 'a company cannot be its own parent' });
    } else if (source.parent !== null && !companyIds.has(source.parent)) {
      errors.push({ file, field: 'parent', message: `unknown company id "${source.parent}"` });
    }
    source.facts.forEach((fact, index) => {
      const field = (name: string) => `facts.${index}.${name}`;
      const earlier = factFiles.get(fact.id);
      if (earlier)
        errors.push({ file, field: field('id'), message: `"${fact.id}" is already used in ${earlier}` });
      else factFiles.set(fact.id, file);
      if (!articleIds.has(fact.article)) {
        errors.push({ file, field: field('article'), message: `unknown article id "${fact.article}"` });
      }
      const dateProblem = fuzzyDateProblem(fact.date);
      if (dateProblem) errors.push({ file, field: field('date'), message: dateProblem });
    });
  }
  return errors;
}
