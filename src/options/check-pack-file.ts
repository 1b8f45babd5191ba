import { checkCrossPackAliases } from '../shared/pack/check-cross-pack-aliases.ts';
import { formatPackError } from '../shared/pack/data-error.ts';
import type { Pack } from '../shared/pack/pack-schema.ts';
import { validatePackText } from '../shared/pack/validate-pack.ts';
import type { PackStore } from '../shared/pack-store.ts';
import { storedAliasClaims } from '../shared/stored-alias-claims.ts';
import { decideImport } from './import-decision.ts';
import type { CheckFailure, CheckPass, ImportProgress } from './pack-import-messages.ts';

/** How many errors the page lists; the rest are counted. A broken pack can have one per record. */
export const ERRORS_SHOWN = 20;

interface CheckOptions {
  commonWords: ReadonlySet<string>;
  fileName: string;
  store: PackStore;
  builtIn: Pack;
  onProgress: (progress: ImportProgress) => void;
}

/**
 * Everything an import checks before it may store anything: the pack itself (`validatePackText`,
 * the same checks as `npm run data`), then its aliases against the built-in pack and every other
 * stored pack, then what it would do to a stored pack of the same id.
 */
export async function checkPackFile(
  text: string,
  opts: CheckOptions,
): Promise<(CheckPass & { pack: Pack }) | CheckFailure> {
  const { pack, errors } = validatePackText(text, {
    commonWords: opts.commonWords,
    fileName: opts.fileName,
    onProgress: (done, total) => {
      opts.onProgress({ phase: 'checking', done, total });
      if (done === total) opts.onProgress({ phase: 'cross-checking' });
    },
  });
  if (!pack) return failure(errors.map(formatPackError));

  const { header } = pack;
  const summaries = await opts.store.list();
  const others = summaries.filter((other) => other.id !== header.id);
  const claims = await storedAliasClaims(opts.store, opts.builtIn, others);
  const cross = checkCrossPackAliases(header.id, pack.companies, claims);
  if (cross.errors.length > 0) return failure(cross.errors.map(formatPackError));

  const stored = summaries.find((s) => s.id === header.id);
  return {
    kind: 'checked',
    pack,
    header,
    decision: decideImport(header, stored, opts.builtIn.header.id),
    mergedCompanies: cross.mergedCompanyIds.length,
  };
}

function failure(all: string[]): CheckFailure {
  return { kind: 'invalid', errors: all.slice(0, ERRORS_SHOWN), total: all.length };
}
