import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { commonWordsFromText } from '../../src/shared/pack/common-words-text.ts';
import { fixtureCompanies } from '../../src/shared/pack/fixture-sources.ts';
import { validatePackText } from '../../src/shared/pack/validate-pack.ts';
import { writeFixtureRoot } from './write-fixture-root.ts';

// `npm run data -- --pack <dir>` end to end, on temporary folders.
const repoRoot = join(import.meta.dirname, '..', '..');
const roots: string[] = [];

function runCli(root: string, ...args: string[]) {
  roots.push(root);
  const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');
  return spawnSync(tsx, [join(repoRoot, 'scripts', 'build-data.ts'), ...args], { encoding: 'utf8' });
}

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('npm run data -- --pack', () => {
  it('writes <id>-<version>.pack.json beside the folder, a pack the import accepts', () => {
    const root = writeFixtureRoot();
    const run = runCli(root, '--pack', join(root, 'data'));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Pack fixture-pack 1\.0\.0: 1 articles, 2 companies, 2 facts; wrote /);
    const text = readFileSync(join(root, 'fixture-pack-1.0.0.pack.json'), 'utf8');
    const { pack, errors } = validatePackText(text, { commonWords: commonWordsFromText('apple\n') });
    expect(errors).toEqual([]);
    expect(pack?.articles.map((a) => a.id)).toEqual(['001_fixture']);
    // Only the body: reader comments below bodyEndsBefore are not in the pack.
    expect(pack?.articles[0]?.text).not.toContain('Comment:');
  }, 30_000);

  it('writes to --out when given', () => {
    const root = writeFixtureRoot();
    const out = join(root, 'out', 'fixture.pack.json');
    expect(runCli(root, '--pack', join(root, 'data'), '--out', out).status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({
      formatVersion: 1,
      header: { id: 'fixture-pack' },
    });
  }, 30_000);

  it('prints every error with file and field, exits non-zero and writes nothing', () => {
    const companies = fixtureCompanies();
    delete companies.acme.name;
    const root = writeFixtureRoot(companies, undefined, null);
    const out = join(root, 'out.pack.json');
    const run = runCli(root, '--pack', join(root, 'data'), '--out', out);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('data/companies/acme.yaml: name: is missing');
    expect(run.stderr).toContain('data/pack.yaml: (file): is missing: a pack folder needs a header');
    expect(run.stderr).toMatch(/2 error\(s\) in .*data; nothing was written\./);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(root).filter((name) => name.endsWith('.json'))).toEqual([]);
  }, 30_000);
});

describe('the version must move with the content', () => {
  it('fails a build whose facts changed under the version last built, then passes once it is raised', () => {
    const root = writeFixtureRoot();
    expect(runCli(root, '--root', root).status).toBe(0);
    const lock = JSON.parse(readFileSync(join(root, 'data', 'pack.lock.json'), 'utf8'));
    expect(lock.version).toBe('1.0.0');

    const file = join(root, 'data', 'companies', 'acme.yaml');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('Summary of acme-europe.', 'A new summary of acme-europe.'),
    );
    rmSync(join(root, 'src'), { recursive: true, force: true });
    const refused = runCli(root, '--root', root);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(
      'data/pack.yaml: version: the articles or facts changed since 1.0.0 was built: raise the version',
    );
    expect(existsSync(join(root, 'src', 'generated', 'bundled.pack.json'))).toBe(false);

    const header = join(root, 'data', 'pack.yaml');
    writeFileSync(header, readFileSync(header, 'utf8').replace('version: 1.0.0', 'version: 1.0.1'));
    expect(runCli(root, '--root', root).status).toBe(0);
    expect(JSON.parse(readFileSync(join(root, 'data', 'pack.lock.json'), 'utf8')).version).toBe('1.0.1');
  }, 60_000);
});

describe('npm run data', () => {
  it('also writes data/ as the bundled pack, and the common-words list', () => {
    const root = writeFixtureRoot();
    expect(runCli(root, '--root', root).status).toBe(0);
    const bundled = JSON.parse(readFileSync(join(root, 'src/generated/bundled.pack.json'), 'utf8'));
    expect(bundled.header.id).toBe('fixture-pack');
    const words = readFileSync(join(root, 'src/generated/common-words.txt'), 'utf8').split('\n');
    expect(words).toContain('apple');
    expect(words).not.toContain('xiaomi');
  }, 30_000);
});
