import { join, relative } from 'node:path';
import type { Dataset } from '../../src/shared/dataset-types.ts';
import { articleBody } from '../../src/shared/pack/article-body.ts';
import { checkSources } from '../../src/shared/pack/check-sources.ts';
import type { DataError } from '../../src/shared/pack/data-error.ts';
import { type PackHeader, PackHeaderSchema } from '../../src/shared/pack/pack-schema.ts';
import { ArticleMetaSchema, CompanySourceSchema, parseSource } from '../../src/shared/pack/source-schema.ts';
import type { ValidArticle, ValidCompany } from '../../src/shared/pack/valid-sources.ts';
import { compileDataset } from './compile-dataset.ts';
import { loadSources } from './load-sources.ts';

interface SourceOptions {
  /** The `data/` folder, or a pack's folder laid out like it. */
  dataDir: string;
  /** Paths in errors are relative to it. */
  rootDir: string;
  commonWords: ReadonlySet<string>;
}

export interface CheckedSources {
  errors: DataError[];
  /** The folder's `pack.yaml`, when it has one and it passed its schema. */
  header: PackHeader | null;
  /** The articles and companies that passed the schema (all of them when there are no errors). */
  articles: ValidArticle[];
  companies: ValidCompany[];
}

export interface BuildResult extends CheckedSources {
  /** Null when there is any error: nothing half-checked is ever compiled. */
  dataset: Dataset | null;
}

/**
 * Every check, in one pass that collects all errors, then the compiled dataset. Reads files but
 * writes nothing; the CLI decides what to do with the result.
 */
export function buildDataset(opts: SourceOptions): BuildResult {
  const checked = checkSourceFolder(opts);
  const { errors, articles, companies } = checked;
  return { ...checked, dataset: errors.length === 0 ? compileDataset(articles, companies) : null };
}

/**
 * YAML syntax, schema, references, quotes and aliases (`checkSources`, shared with the pack import),
 * and the header when the folder has a `pack.yaml`. Errors are sorted by file.
 */
export function checkSourceFolder(opts: SourceOptions): CheckedSources {
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
    const folder = relative(opts.rootDir, join(opts.dataDir, 'companies')).split('\\').join('/');
    errors.push({ file: folder, field: '(folder)', message: 'holds no company files' });
  }
  let header: PackHeader | null = null;
  if (loaded.header !== null && loaded.header.data !== null) {
    const parsed = parseSource(PackHeaderSchema, loaded.header.file, loaded.header.data);
    errors.push(...parsed.errors);
    header = parsed.value;
  }

  // A file that failed its schema still exists: references to it are not reported as unknown.
  const existing = {
    articleIds: new Set(loaded.articles.map((a) => a.id)),
    companyIds: new Set(loaded.companies.map((c) => c.stem)),
  };
  errors.push(...checkSources(articles, companies, { commonWords: opts.commonWords, existing }));
  // Grouped by file (stable, so each file's errors keep the order of the checks) for one pass of fixing.
  errors.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { errors, header, articles, companies };
}
