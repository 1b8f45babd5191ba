import type { Dataset } from '../../src/shared/dataset-types.ts';
import { articleBody } from '../../src/shared/pack/article-body.ts';
import { checkAliases } from '../../src/shared/pack/check-aliases.ts';
import { checkQuotes } from '../../src/shared/pack/check-quotes.ts';
import { checkReferences } from '../../src/shared/pack/check-references.ts';
import type { DataError } from '../../src/shared/pack/data-error.ts';
import { ArticleMetaSchema, CompanySourceSchema, parseSource } from '../../src/shared/pack/source-schema.ts';
import type { ValidArticle, ValidCompany } from '../../src/shared/pack/valid-sources.ts';
import { compileDataset } from './compile-dataset.ts';
import { loadSources } from './load-sources.ts';

export interface BuildResult {
  /** Null when there is any error: nothing half-checked is ever compiled. */
  dataset: Dataset | null;
  errors: DataError[];
  /** The articles that passed the schema, for the report. */
  articles: ValidArticle[];
}

/**
 * Every check, in one pass that collects all errors: YAML syntax, schema, references, quotes,
 * aliases. Reads files but writes nothing; the CLI decides what to do with the result.
 */
export function buildDataset(opts: {
  dataDir: string;
  rootDir: string;
  commonWords: ReadonlySet<string>;
}): BuildResult {
  const loaded = loadSources(opts.dataDir, opts.rootDir);
  const errors = [...loaded.errors];

  const articles: ValidArticle[] = [];
  for (const file of loaded.articles) {
    if (file.meta === null) continue; // YAML syntax error, already reported
    const parsed = parseSource(ArticleMetaSchema, file.metaFile, file.meta);
    errors.push(...parsed.errors);
    if (parsed.value === null) continue;
    const { id, textFile, metaFile, text } = file;
    articles.push({
      id,
      textFile,
      metaFile,
      text,
      body: articleBody(text, parsed.value.bodyEndsBefore),
      meta: parsed.value,
    });
  }

  const companies: ValidCompany[] = [];
  for (const file of loaded.companies) {
    if (file.data === null) continue;
    const parsed = parseSource(CompanySourceSchema, file.file, file.data);
    errors.push(...parsed.errors);
    if (parsed.value !== null) companies.push({ file: file.file, stem: file.stem, source: parsed.value });
  }
  if (loaded.companies.length === 0) {
    errors.push({ file: 'data/companies', field: '(folder)', message: 'holds no company files' });
  }

  // A file that failed its schema still exists: references to it are not reported as unknown.
  const existing = {
    articleIds: new Set(loaded.articles.map((a) => a.id)),
    companyIds: new Set(loaded.companies.map((c) => c.stem)),
  };
  errors.push(
    ...checkReferences(articles, companies, existing),
    ...checkQuotes(articles, companies),
    ...checkAliases(companies, opts.commonWords),
  );
  // Grouped by file (stable, so each file's errors keep the order of the checks) for one pass of fixing.
  errors.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { dataset: errors.length === 0 ? compileDataset(articles, companies) : null, errors, articles };
}
