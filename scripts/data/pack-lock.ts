/**
 * Keeps a pack folder's version honest. `pack.lock.json`, beside `pack.yaml` and committed with it,
 * records the version last built and a digest of what that version held (its articles and
 * companies). A build whose content differs under the same version fails, naming
 * `pack.yaml › version`: a reader re-importing a changed pack under an unchanged version would be
 * asked whether to replace it with the version they have (src/options/import-decision.ts), and the
 * bundled pack's version would not tell two datasets apart. A version lower than the locked one
 * fails too. A build with a new version writes the lock again.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DataError } from '../../src/shared/pack/data-error.ts';
import type { Pack } from '../../src/shared/pack/pack-schema.ts';
import { comparePackVersions, PACK_VERSION } from '../../src/shared/pack/pack-version.ts';

export const PACK_LOCK_FILE = 'pack.lock.json';

export interface PackLock {
  version: string;
  /** SHA-256 of the pack's articles and companies, as the build assembled them. */
  digest: string;
}

export function contentDigest(pack: Pick<Pack, 'articles' | 'companies'>): string {
  return createHash('sha256')
    .update(JSON.stringify([pack.articles, pack.companies]))
    .digest('hex');
}

/** The folder's lock, null when it has none; an error naming the file when it is not one. */
export function readPackLock(dir: string, file: string): { lock: PackLock | null; errors: DataError[] } {
  const path = join(dir, PACK_LOCK_FILE);
  if (!existsSync(path)) return { lock: null, errors: [] };
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as Partial<PackLock>;
    if (
      typeof value.version === 'string' &&
      PACK_VERSION.test(value.version) &&
      typeof value.digest === 'string' &&
      /^[0-9a-f]{64}$/.test(value.digest)
    ) {
      return { lock: { version: value.version, digest: value.digest }, errors: [] };
    }
  } catch {
    // Reported below, as any other content that is not a lock.
  }
  return {
    lock: null,
    errors: [
      {
        file,
        field: '(file)',
        message: 'is not a pack lock ({ "version", "digest" }): restore it from version control',
      },
    ],
  };
}

/** What the version in `headerFile` must answer for, given the lock (errors name that file). */
export function checkPackVersion(lock: PackLock | null, pack: Pack, headerFile: string): DataError[] {
  if (lock === null) return [];
  const { version } = pack.header;
  const order = comparePackVersions(version, lock.version);
  if (order < 0) {
    return [
      {
        file: headerFile,
        field: 'version',
        message: `${version} is lower than ${lock.version}, the version last built (${PACK_LOCK_FILE})`,
      },
    ];
  }
  if (order === 0 && contentDigest(pack) !== lock.digest) {
    return [
      {
        file: headerFile,
        field: 'version',
        message: `the articles or facts changed since ${version} was built: raise the version (and \`created\`)`,
      },
    ];
  }
  return [];
}

/** Records the version built and its digest; leaves an unchanged lock's file as it is. */
export function writePackLock(dir: string, pack: Pack): void {
  const lock: PackLock = { version: pack.header.version, digest: contentDigest(pack) };
  const text = `${JSON.stringify(lock, null, 2)}\n`;
  const path = join(dir, PACK_LOCK_FILE);
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return;
  writeFileSync(path, text);
}
