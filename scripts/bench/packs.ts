/**
 * `npm run bench -- --packs`: issue #15's scale figures in the bench, side by side with the
 * bundled-only ones. Generates the synthetic 100k-company pack once (`scripts/generate-pack.ts`,
 * seeded), then runs the two measurements docs/packs-at-scale.md and docs/benchmark.md ("Knowledge
 * packs") report: a tab without and with the pack enabled (`scripts/measure-packs-browser.ts`), and
 * import to marked as a user does it (`scripts/measure-pack-import.ts`). Each prints its own tables.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PACK = 'artifacts/synthetic-100000.pack.json';

export function runPackBenchmarks(log: (message: string) => void, runs: number): void {
  const tsx = (script: string, ...args: string[]) =>
    execFileSync('npx', ['tsx', script, ...args], { stdio: 'inherit' });
  if (!existsSync(PACK)) {
    log(`generating ${PACK}`);
    tsx('scripts/generate-pack.ts', '--companies', '100000', '--out', PACK);
  }
  log('a tab without and with the 100k pack enabled');
  tsx('scripts/measure-packs-browser.ts', PACK, '--loads', String(runs));
  log('import of the 100k pack, to its names marked in an open tab');
  tsx('scripts/measure-pack-import.ts', PACK, '--runs', String(Math.min(runs, 3)));
}
