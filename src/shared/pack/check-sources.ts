import { checkAliases } from './check-aliases.ts';
import { checkQuotes } from './check-quotes.ts';
import { checkReferences } from './check-references.ts';
import type { DataError } from './data-error.ts';
import type { ValidArticle, ValidCompany } from './valid-sources.ts';

/**
 * Every check that runs on records which passed the schema: references and dates, quotes, aliases.
 * `npm run data` runs it on `data/` (and on a pack folder), the pack import on a pack file, so both
 * refuse exactly the same things.
 */
export function checkSources(
  articles: readonly ValidArticle[],
  companies: readonly ValidCompany[],
  opts: {
    /** Lower-case common English words (`loadCommonWords`, or `commonWordsFromText` in the extension). */
    commonWords: ReadonlySet<string>;
    /** Ids of every record present, including those whose schema failed (already reported). */
    existing: { articleIds: ReadonlySet<string>; companyIds: ReadonlySet<string> };
  },
): DataError[] {
  return [
    ...checkReferences(articles, companies, opts.existing),
    ...checkQuotes(articles, companies),
    ...checkAliases(companies, opts.commonWords),
  ];
}
