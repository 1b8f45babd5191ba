import * as v from 'valibot';
import type { DataError } from './data-error.ts';

/**
 * The schemas of the hand-written source files: `data/articles/<id>.yaml` and
 * `data/companies/<id>.yaml`. Close to the compiled `Dataset`, plus what only the build needs
 * (`standing` on status facts, `bodyEndsBefore` on articles). Strict objects, so a misspelt field is
 * an error rather than silently ignored.
 */

const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** An article's id: its file name in `data/articles/` without the extension. */
export const ARTICLE_ID = /^[0-9a-z][0-9a-z_-]*$/;
export const ARTICLE_ID_MESSAGE = 'use lowercase letters, digits, "_" and "-"';

export const text = (what: string) =>
  v.pipe(v.string(`${what} must be text`), v.trim(), v.nonEmpty(`${what} must not be empty`));
export const oneLine = (what: string) =>
  v.pipe(
    text(what),
    v.check((value) => !value.includes('\n'), `${what} must be one line`),
  );
export const kebabId = v.pipe(
  text('id'),
  v.regex(KEBAB_ID, 'must be lowercase kebab-case, e.g. "china-mobile"'),
);

export const FuzzyDateSchema = v.strictObject({
  // YAML reads an unquoted 2021 as a number, hence the hint.
  value: v.string('must be a quoted string: "2021", "2021-03" or "2021-03-15"'),
  precision: v.picklist(['year', 'month', 'day'], 'must be "year", "month" or "day"'),
  inferred: v.boolean('must be true or false'),
});

export const ArticleMetaSchema = v.strictObject({
  headline: oneLine('headline'),
  publisher: v.nullable(oneLine('publisher')),
  cites: v.nullable(oneLine('cites')),
  date: FuzzyDateSchema,
  dateBasis: text('dateBasis'),
  /** Where the article can be read online, when known. Never guessed: leave it out rather than invent one. */
  url: v.optional(
    v.pipe(
      oneLine('url'),
      v.url('must be a full URL, e.g. "https://example.com/story"'),
      v.check((value) => /^https?:\/\//.test(value), 'must start with http:// or https://'),
    ),
  ),
  /** The article's reporting ends before this line; what follows is page furniture or comments. */
  bodyEndsBefore: v.optional(oneLine('bodyEndsBefore')),
});

const AliasSchema = v.strictObject({
  text: oneLine('alias text'),
  caseSensitive: v.boolean('must be true or false'),
});

const factFields = {
  id: kebabId,
  summary: oneLine('summary'),
  date: FuzzyDateSchema,
  article: text('article'),
  quote: text('quote'),
};

/**
 * What a `status` fact says about the company's US standing; `derive-status.ts` reads it. `none` is a
 * sourced all-clear (taken off a list, a ban lifted), unlike a company no source flags at all.
 */
const StandingSchema = v.strictObject({
  level: v.picklist(['restricted', 'contested', 'none'], 'must be "restricted", "contested" or "none"'),
  label: oneLine('standing label'),
});

const FactSchema = v.variant(
  'category',
  [
    v.strictObject({ ...factFields, category: v.literal('status'), standing: StandingSchema }),
    v.strictObject({ ...factFields, category: v.picklist(['event', 'market', 'relationship']) }),
  ],
  'must be "status", "event", "market" or "relationship"',
);

export const CompanySourceSchema = v.strictObject({
  id: kebabId,
  name: oneLine('name'),
  country: v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code, e.g. "CN"')),
  kind: v.picklist(['company', 'brand', 'app'], 'must be "company", "brand" or "app"'),
  parent: v.nullable(kebabId),
  aliases: v.pipe(v.array(AliasSchema, 'must be a list'), v.minLength(1, 'must list at least one alias')),
  facts: v.pipe(v.array(FactSchema, 'must be a list'), v.minLength(1, 'must list at least one fact')),
});

export type ArticleMeta = v.InferOutput<typeof ArticleMetaSchema>;
export type CompanySource = v.InferOutput<typeof CompanySourceSchema>;
export type FactSource = CompanySource['facts'][number];

/** Validates one parsed YAML document (or one record of a pack); on failure, one `DataError` per problem. */
export function parseSource<T>(
  schema: v.GenericSchema<unknown, T>,
  file: string,
  data: unknown,
): { value: T; errors: [] } | { value: null; errors: DataError[] } {
  const result = v.safeParse(schema, data);
  if (result.success) return { value: result.output, errors: [] };
  return { value: null, errors: result.issues.map((issue) => toDataError(file, issue)) };
}

function toDataError(file: string, issue: v.BaseIssue<unknown>): DataError {
  const field = v.getDotPath(issue) ?? '(file)';
  // Valibot reports a missing key as an invalid `undefined`; say it plainly.
  const missing = issue.input === undefined && issue.path?.at(-1)?.type === 'object';
  const unknownKey = issue.type === 'strict_object' && issue.expected === 'never';
  const message = missing ? 'is missing' : unknownKey ? 'is not a known field' : issue.message;
  return { file, field, message };
}
