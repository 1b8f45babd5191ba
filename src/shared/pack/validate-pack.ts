import { checkSources } from './check-sources.ts';
import type { DataError } from './data-error.ts';
import { findDuplicateIds } from './find-duplicate-ids.ts';
import {
  MAX_PACK_CHARS,
  PACK_FORMAT_VERSION,
  type Pack,
  type PackArticle,
  PackArticleSchema,
  PackEnvelopeSchema,
  type PackHeader,
  PackHeaderSchema,
} from './pack-schema.ts';
import { CompanySourceSchema, parseSource } from './source-schema.ts';
import type { ValidArticle, ValidCompany } from './valid-sources.ts';

export type PackValidation = { pack: Pack; errors: [] } | { pack: null; errors: DataError[] };

interface ValidateOptions {
  /** Lower-case common English words: `commonWordsFromText(src/generated/common-words.txt)`. */
  commonWords: ReadonlySet<string>;
  /** Names the pack in errors until its header's id can be read, e.g. the file's name. */
  fileName?: string;
  /**
   * Called as records pass the schema (every `PROGRESS_EVERY`, and once at the end, before the
   * cross-record checks, which take about a third as long again). For a progress bar, from a worker.
   */
  onProgress?: (recordsDone: number, recordsTotal: number) => void;
}

const PROGRESS_EVERY = 5000;

/**
 * Checks a pack file's text as `npm run data` checks `data/`: size, JSON syntax, format version,
 * schema, ids, references, quotes and aliases. All errors are collected; each names the pack, the
 * record (`company "zte"`, `article "a-2024-01"`, `header`) in `file`, and the field. On success
 * the pack is the schema's output: fresh objects holding only known fields, text trimmed.
 */
export function validatePackText(text: string, opts: ValidateOptions): PackValidation {
  const label = packLabel(undefined, opts.fileName);
  if (text.length > MAX_PACK_CHARS) {
    const size = (n: number) => `${Math.ceil(n / 1_000_000)} MB`;
    return fail(label, '(file)', `is ${size(text.length)}; a pack may be at most ${size(MAX_PACK_CHARS)}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail(label, '(file)', `is not valid JSON: ${(error as Error).message}`);
  }
  return validatePack(data, opts);
}

/** As `validatePackText`, for a value already parsed from JSON. */
export function validatePack(data: unknown, opts: ValidateOptions): PackValidation {
  const isObject = typeof data === 'object' && data !== null && !Array.isArray(data);
  const rawHeader = isObject && Object.hasOwn(data, 'header') ? (data as { header: unknown }).header : null;
  const pack = packLabel(rawHeader, opts.fileName);
  if (!isObject) return fail(pack, '(file)', 'is not a pack: expected a JSON object');
  const formatVersion = Object.hasOwn(data, 'formatVersion')
    ? (data as { formatVersion: unknown }).formatVersion
    : undefined;
  if (formatVersion !== PACK_FORMAT_VERSION) {
    const newer = typeof formatVersion === 'number' && formatVersion > PACK_FORMAT_VERSION;
    return fail(
      pack,
      'formatVersion',
      formatVersion === undefined
        ? `is missing; this is not a Company Lens pack, or one older than format ${PACK_FORMAT_VERSION}`
        : newer
          ? `is ${formatVersion}, newer than this version of Company Lens reads (${PACK_FORMAT_VERSION}); update the extension`
          : `is ${JSON.stringify(formatVersion)}; this version of Company Lens reads format ${PACK_FORMAT_VERSION}`,
    );
  }
  const envelope = parseSource(PackEnvelopeSchema, pack, data);
  if (envelope.value === null) return { pack: null, errors: envelope.errors };

  const header = parseSource(PackHeaderSchema, `${pack} › header`, envelope.value.header);
  const errors = [...header.errors];
  const articles: ValidArticle[] = [];
  const companies: ValidCompany[] = [];
  const articleIds = new Set<string>();
  const companyIds = new Set<string>();
  const packArticles: PackArticle[] = [];
  const recordsTotal = envelope.value.articles.length + envelope.value.companies.length;
  let recordsDone = 0;
  const progress = () => {
    recordsDone++;
    if (recordsDone % PROGRESS_EVERY === 0 || recordsDone === recordsTotal) {
      opts.onProgress?.(recordsDone, recordsTotal);
    }
  };

  envelope.value.articles.forEach((raw, index) => {
    const id = ownString(raw, 'id');
    if (id !== undefined) articleIds.add(id);
    const where = `${pack} › ${recordLabel('article', id, `articles.${index}`)}`;
    const parsed = parseSource(PackArticleSchema, where, raw);
    progress();
    errors.push(...parsed.errors);
    if (parsed.value === null) return;
    const { id: articleId, text, ...meta } = parsed.value;
    packArticles.push(parsed.value);
    articles.push({ id: articleId, textFile: where, metaFile: where, text, body: text, meta });
  });
  envelope.value.companies.forEach((raw, index) => {
    const id = ownString(raw, 'id');
    if (id !== undefined) companyIds.add(id);
    const where = `${pack} › ${recordLabel('company', id, `companies.${index}`)}`;
    const parsed = parseSource(CompanySourceSchema, where, raw);
    progress();
    errors.push(...parsed.errors);
    if (parsed.value !== null) companies.push({ file: where, stem: parsed.value.id, source: parsed.value });
  });
  errors.push(
    ...findDuplicateIds(
      'article',
      articles,
      (a) => a.id,
      (a) => a.metaFile,
    ),
    ...findDuplicateIds(
      'company',
      companies,
      (c) => c.source.id,
      (c) => c.file,
    ),
    ...checkSources(articles, companies, {
      commonWords: opts.commonWords,
      existing: { articleIds, companyIds },
    }),
  );
  if (errors.length > 0 || header.value === null) return { pack: null, errors };
  return {
    pack: {
      formatVersion: PACK_FORMAT_VERSION,
      header: header.value satisfies PackHeader,
      articles: packArticles,
      companies: companies.map((c) => c.source),
    },
    errors: [],
  };
}

/** One error in the form `validatePack` returns. */
function fail(file: string, field: string, message: string): PackValidation {
  return { pack: null, errors: [{ file, field, message }] };
}

/** An own string property of a parsed JSON value, never one inherited from a prototype. */
function ownString(value: unknown, key: string): string | undefined {
  if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
  const field = (value as Record<string, unknown>)[key];
  return typeof field === 'string' ? field : undefined;
}

/** `pack "acme-compliance"`: the header's id when it has one, else the file's name. */
function packLabel(header: unknown, fileName: string | undefined): string {
  const id = ownString(header, 'id');
  if (id !== undefined && id.trim() !== '') return `pack ${quoted(id)}`;
  return fileName === undefined ? 'pack' : `pack ${quoted(fileName)}`;
}

/** `company "zte"`, or where it is in the file when it has no usable id. */
function recordLabel(kind: string, id: string | undefined, path: string): string {
  return id !== undefined && id.trim() !== '' ? `${kind} ${quoted(id)}` : `${kind} at ${path}`;
}

/** Quoted and cut short, so that a hostile id cannot flood or break the message. */
function quoted(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
}
