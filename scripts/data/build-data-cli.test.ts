import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadMatcher } from '../../src/shared/matcher/load.ts';
import { firstFact, fixtureCompanies } from '../../src/shared/pack/fixture-sources.ts';
import { writeFixtureRoot } from './write-fixture-root.ts';

// `npm run data` end to end, on a temporary `--root` so the repository's outputs are left alone.
const repoRoot = join(import.meta.dirname, '..', '..');
const roots: string[] = [];

function runCli(root: string, ...args: string[]) {
  roots.push(root);
  const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');
  return spawnSync(tsx, [join(repoRoot, 'scripts', 'build-data.ts'), '--root', root, ...args], {
    encoding: 'utf8',
  });
}

const outputs = ['src/generated/dataset.json', 'src/generated/matcher.json', 'dist/dataset.json'];

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('npm run data', () => {
  it('writes the dataset twice and the matcher once, from valid sources', () => {
    const root = writeFixtureRoot();
    const run = runCli(root);
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Dataset: 1 articles, 2 companies, 2 facts/);
    const dataset = readFileSync(join(root, 'src/generated/dataset.json'), 'utf8');
    // The bundled copy is compact; the one for readers is indented. Same data.
    expect(dataset).not.toMatch(/\n\s/);
    expect(JSON.parse(readFileSync(join(root, 'dist/dataset.json'), 'utf8'))).toEqual(JSON.parse(dataset));
    const matcher = loadMatcher(JSON.parse(readFileSync(join(root, 'src/generated/matcher.json'), 'utf8')));
    expect(
      matcher.findAll('News: ACME WIDGETS and Zenith Corp, not zenith corp.').map((hit) => hit.companyId),
    ).toEqual(['acme', 'zenith']);
  }, 30_000);

  it('prints every error, exits non-zero and writes nothing', () => {
    const companies = fixtureCompanies();
    delete companies.acme.name;
    firstFact(companies.zenith).quote = 'Zenith Corp was never reviewed at all.';
    const root = writeFixtureRoot(companies);
    const run = runCli(root);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('data/companies/acme.yaml: name: is missing');
    expect(run.stderr).toContain('data/companies/zenith.yaml: facts.0.quote: not found in article');
    expect(run.stderr).toContain('2 error(s) in data/; nothing was written.');
    for (const output of outputs) expect(existsSync(join(root, output))).toBe(false);
  }, 30_000);

  it('with --report, lists sentences that name a company but support no fact', () => {
    const run = runCli(writeFixtureRoot(), '--report');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      '001_fixture (Acme Widgets joins the market): 1 sentence(s) naming a company, unused',
    );
    expect(run.stdout).toContain('  [acme] Acme Widgets joins the market');
    // Reader comments below the article's end are never reported (nor quotable).
    expect(run.stdout).not.toContain('never banned');
  }, 30_000);
});
