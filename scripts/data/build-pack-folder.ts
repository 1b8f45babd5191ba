import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { formatDataError } from '../../src/shared/pack/data-error.ts';
import { buildPack, defaultPackPath } from './build-pack.ts';
import { writePackLock } from './pack-lock.ts';

/**
 * `npm run data -- --pack <dir> [--out <file>]`: checks the folder, prints every error with file and
 * field, and writes the pack only when there are none. Returns the exit status.
 */
export function buildPackFolder(opts: {
  dir: string;
  out: string | undefined;
  commonWords: ReadonlySet<string>;
}): number {
  if (opts.dir === '' || opts.out === '') {
    console.error('usage: npm run data -- --pack <dir> [--out <file>]');
    return 2;
  }
  const dir = resolve(opts.dir);
  // Paths in errors read from the folder's parent: `acme-pack/companies/zte.yaml`.
  const built = buildPack({ dir, rootDir: dirname(dir), commonWords: opts.commonWords });
  if (built.pack === null || built.json === null) {
    for (const error of built.errors) console.error(formatDataError(error));
    console.error(`\n${built.errors.length} error(s) in ${opts.dir}; nothing was written.`);
    return 1;
  }
  const out = resolve(opts.out ?? defaultPackPath(dir, built.pack.header));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, built.json);
  writePackLock(dir, built.pack);
  const { header, articles, companies } = built.pack;
  const facts = companies.reduce((sum, company) => sum + company.facts.length, 0);
  console.log(
    `Pack ${header.id} ${header.version}: ${articles.length} articles, ${companies.length} companies, ` +
      `${facts} facts; wrote ${out}`,
  );
  return 0;
}
