import * as v from 'valibot';
import { fuzzyDateProblem } from './fuzzy-date.ts';
import { PACK_VERSION } from './pack-version.ts';
import {
  ARTICLE_ID,
  ARTICLE_ID_MESSAGE,
  ArticleMetaSchema,
  type CompanySource,
  kebabId,
  oneLine,
  text,
} from './source-schema.ts';

/**
 * A knowledge pack: one JSON file of articles and the companies whose facts quote them, in the same
 * shape as the source files under `data/` (docs/dataset.md#knowledge-packs). The import checks it
 * exactly as `npm run data` checks `data/`.
 */

/** The pack file format this code reads and writes. Raised only when a pack would be misread by older code. */
export const PACK_FORMAT_VERSION = 1;

/**
 * The largest pack accepted, in UTF-16 code units (`text.length`, never more than the file's UTF-8
 * bytes, so a `File.size` over it is over it too). Checked before parsing: JSON.parse of a huge file
 * holds the page for seconds and its result several times the text in memory. Room for a pack of a
 * hundred thousand companies with a fact each (docs/dataset.md#size).
 */
export const MAX_PACK_CHARS = 100_000_000;

export const PackHeaderSchema = v.strictObject({
  id: kebabId,
  name: oneLine('name'),
  version: v.pipe(
    v.string('must be a quoted string such as "1.2.0"'),
    v.regex(PACK_VERSION, 'must be MAJOR.MINOR.PATCH, e.g. "1.2.0"'),
  ),
  description: text('description'),
  publisher: oneLine('publisher'),
  /** The day this version was built. */
  created: v.pipe(
    v.string('must be a quoted date "YYYY-MM-DD"'),
    v.check(
      (value) => fuzzyDateProblem({ value, precision: 'day', inferred: false }) === null,
      'must be a real date written "YYYY-MM-DD"',
    ),
  ),
});

// A pack holds only the article's body, so there is no `bodyEndsBefore` left to cut it.
const { bodyEndsBefore: _cut, ...articleMetaEntries } = ArticleMetaSchema.entries;

export const PackArticleSchema = v.strictObject({
  id: v.pipe(v.string('must be text'), v.regex(ARTICLE_ID, ARTICLE_ID_MESSAGE)),
  ...articleMetaEntries,
  /** What facts may quote: the reporting, without page furniture or reader comments. Kept as is. */
  text: v.pipe(
    v.string('must be text'),
    v.check((value) => value.trim() !== '', 'must not be empty'),
  ),
});

/** The top level, checked before the records so that a pack of another shape gets one clear error. */
export const PackEnvelopeSchema = v.strictObject({
  formatVersion: v.literal(PACK_FORMAT_VERSION),
  header: v.unknown(),
  articles: v.array(v.unknown(), 'must be a list'),
  companies: v.array(v.unknown(), 'must be a list'),
});

export type PackHeader = v.InferOutput<typeof PackHeaderSchema>;
export type PackArticle = v.InferOutput<typeof PackArticleSchema>;

export interface Pack {
  formatVersion: typeof PACK_FORMAT_VERSION;
  header: PackHeader;
  /** Sorted by id when written by `npm run data`. */
  articles: PackArticle[];
  /** The same records as `data/companies/<id>.yaml`; sorted by id when written by `npm run data`. */
  companies: CompanySource[];
}
