import { join, relative } from 'node:path';
import type { DataError } from '../../src/shared/pack/data-error.ts';
import { PACK_FORMAT_VERSION, type Pack, type PackHeader } from '../../src/shared/pack/pack-schema.ts';
import type { ValidArticle, ValidCompany } from '../../src/shared/pack/valid-sources.ts';
import { validatePackText } from '../../src/shared/pack/validate-pack.ts';
import { type CheckedSources, checkSourceFolder } from './build-dataset.ts';
import { PACK_HEADER_FILE } from './load-sources.ts';
import { checkPackVersion, PACK_LOCK_FILE, readPackLock } from './pack-lock.ts';

export interface PackBuild {
  /** Null when there is any error. */
  pack: Pack | null;
  /** The pack as written: compact JSON, one line. */
  json: string | null;
  errors: DataError[];
}

/**
 * A knowledge pack from a folder laid out like `data/` plus its `pack.yaml` header, with every check
 * `npm run data` runs. The result is then read back through the import's own validation, so a pack
 * this writes is one the extension accepts.
 */
export function buildPack(opts: PackOptions): PackBuild {
  const { dir, rootDir, commonWords } = opts;
  return packFromSources(checkSourceFolder({ dataDir: dir, rootDir, commonWords }), opts);
}

interface PackOptions {
  /** The pack's folder: `articles/`, `companies/` and `pack.yaml`. */
  dir: string;
  /** Paths in errors are relative to it. */
  rootDir: string;
  commonWords: ReadonlySet<string>;
}

/** The pack of a folder already checked (`npm run data` checks `data/` once, for the dataset and its pack). */
export function packFromSources(checked: CheckedSources, opts: PackOptions): PackBuild {
  const errors = [...checked.errors];
  const pathOf = (name: string) => relative(opts.rootDir, join(opts.dir, name)).split('\\').join('/');
  if (checked.header === null && !errors.some((e) => e.file.endsWith(PACK_HEADER_FILE))) {
    errors.push({
      file: pathOf(PACK_HEADER_FILE),
      field: '(file)',
      message:
        'is missing: a pack folder needs a header (id, name, version, description, publisher, created)',
    });
  }
  if (errors.length > 0 || checked.header === null) return { pack: null, json: null, errors };

  const pack = assemblePack(checked.header, checked.articles, checked.companies);
  // The version must move with the content (pack-lock.ts).
  const locked = readPackLock(opts.dir, pathOf(PACK_LOCK_FILE));
  const versionErrors = [...locked.errors, ...checkPackVersion(locked.lock, pack, pathOf(PACK_HEADER_FILE))];
  if (versionErrors.length > 0) return { pack: null, json: null, errors: versionErrors };
  const json = `${JSON.stringify(pack)}\n`;
  const readBack = validatePackText(json, { commonWords: opts.commonWords });
  // Only a difference between the folder's checks and the import's could fail here.
  if (readBack.pack === null) return { pack: null, json: null, errors: readBack.errors };
  return { pack, json, errors: [] };
}

/** Checked sources as one pack: articles and companies sorted by id, so the same sources give the same bytes. */
export function assemblePack(
  header: PackHeader,
  articles: readonly ValidArticle[],
  companies: readonly ValidCompany[],
): Pack {
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    formatVersion: PACK_FORMAT_VERSION,
    header,
    articles: articles
      .map(({ id, body, meta: { bodyEndsBefore: _cut, ...meta } }) => ({ id, ...meta, text: body }))
      .sort(byId),
    companies: companies.map((company) => company.source).sort(byId),
  };
}

/** Where `--pack <dir>` writes without `--out`: beside the folder, named after the pack and its version. */
export function defaultPackPath(dir: string, header: PackHeader): string {
  return join(dir, '..', `${header.id}-${header.version}.pack.json`);
}
