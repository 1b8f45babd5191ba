import type { Company, Dataset, Fact } from '../../src/shared/dataset-types.ts';
import { locateQuote } from '../../src/shared/normalise-quote.ts';
import { deriveStatus } from '../../src/shared/pack/derive-status.ts';
import { newestFirst } from '../../src/shared/pack/order-facts.ts';
import type { ValidArticle, ValidCompany } from '../../src/shared/pack/valid-sources.ts';

/**
 * Turns checked sources into the compiled `Dataset`. Runs only after every check has passed, so
 * references resolve. Output order is fixed (articles and companies by id, facts newest first) so
 * that the same sources always give the same bytes.
 */
export function compileDataset(
  articles: readonly ValidArticle[],
  companies: readonly ValidCompany[],
): Dataset {
  const articleDates = new Map(articles.map((a) => [a.id, a.meta.date]));
  const articlesById = new Map(articles.map((a) => [a.id, a]));
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

  const compiledCompanies = companies.map(({ source }): Company => {
    const facts = source.facts.map((fact): Fact => {
      const article = articlesById.get(fact.article);
      // The article's own span, so typographic quotes show as printed even if the YAML used ASCII.
      const quote = article ? locateQuote(fact.quote, article.body) : null;
      if (quote === null) throw new Error(`compileDataset: quote of ${fact.id} is not in its article`);
      return {
        id: fact.id,
        category: fact.category,
        summary: fact.summary,
        date: fact.date,
        articleId: fact.article,
        quote,
      };
    });
    return {
      id: source.id,
      name: source.name,
      country: source.country,
      kind: source.kind,
      parentId: source.parent,
      aliases: source.aliases.map(({ text, caseSensitive }) => ({ text, caseSensitive })),
      status: deriveStatus(source.facts, articleDates),
      facts: newestFirst(facts, articleDates),
    };
  });

  return {
    schemaVersion: 1,
    articles: articles
      .map(({ id, meta }) => ({
        id,
        headline: meta.headline,
        publisher: meta.publisher,
        cites: meta.cites,
        date: meta.date,
        dateBasis: meta.dateBasis,
        url: meta.url ?? null,
      }))
      .sort(byId),
    companies: compiledCompanies.sort(byId),
  };
}

/** What the matcher is compiled from: every alias of every company. */
export function matcherPatterns(
  dataset: Dataset,
): { text: string; caseSensitive: boolean; companyId: string }[] {
  return dataset.companies.flatMap((company) =>
    company.aliases.map((alias) => ({
      text: alias.text,
      caseSensitive: alias.caseSensitive,
      companyId: company.id,
    })),
  );
}
