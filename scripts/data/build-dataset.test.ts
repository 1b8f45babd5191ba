import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDataError } from '../../src/shared/pack/data-error.ts';
import {
  FIXTURE_ARTICLE_ID,
  firstFact,
  fixtureArticleMeta,
  fixtureCompanies,
} from '../../src/shared/pack/fixture-sources.ts';
import { buildDataset } from './build-dataset.ts';
import { loadCommonWords } from './common-words.ts';
import { writeFixtureRoot } from './write-fixture-root.ts';

const repoRoot = join(import.meta.dirname, '..', '..');
const commonWords = new Set(['apple', 'china', 'mobile', 'mate', 'pro']);
const roots: string[] = [];

function build(companies = fixtureCompanies(), articleMeta = fixtureArticleMeta()) {
  const root = writeFixtureRoot(companies, articleMeta);
  roots.push(root);
  const result = buildDataset({ dataDir: join(root, 'data'), rootDir: root, commonWords });
  return { ...result, messages: result.errors.map(formatDataError) };
}

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('the real dataset', () => {
  const result = buildDataset({
    dataDir: join(repoRoot, 'data'),
    rootDir: repoRoot,
    commonWords: loadCommonWords(),
  });

  it('passes every check', () => {
    expect(result.errors.map(formatDataError)).toEqual([]);
    expect(result.dataset).not.toBeNull();
  });

  it('covers the companies the articles speak of', () => {
    const ids = result.dataset?.companies.map((c) => c.id);
    for (const id of [
      'xiaomi',
      'huawei',
      'zte',
      'china-mobile',
      'tiktok',
      'wechat',
      'qualcomm',
      'alphabet',
      'google',
      'apple',
      'samsung',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('reads Xiaomi as contested: its blacklisting is blocked by a judge', () => {
    const xiaomi = result.dataset?.companies.find((c) => c.id === 'xiaomi');
    expect(xiaomi?.status).toMatchObject({ level: 'contested', asOf: { value: '2021-03' } });
    expect(xiaomi?.status.label).toMatch(/blocked/);
  });
});

describe('broken sources', () => {
  it('accepts the fixture as written', () => {
    const { messages, dataset } = build();
    expect(messages).toEqual([]);
    expect(dataset?.companies.map((c) => c.id)).toEqual(['acme', 'zenith']);
  });

  it('rejects a missing field, naming the file and the field', () => {
    const companies = fixtureCompanies();
    delete companies.acme.country;
    const { messages, dataset } = build(companies);
    expect(dataset).toBeNull();
    expect(messages).toEqual([expect.stringMatching(/^data\/companies\/acme\.yaml: country: is missing$/)]);
  });

  it('rejects a quote that is not in its article', () => {
    const companies = fixtureCompanies();
    firstFact(companies.acme).quote = 'Acme Widgets said it would sell its line in Asia.';
    const { messages } = build(companies);
    expect(messages).toEqual([
      `data/companies/acme.yaml: facts.0.quote: not found in article ${FIXTURE_ARTICLE_ID} (above its bodyEndsBefore line), even with whitespace and typographic quotes normalised`,
    ]);
  });

  it('rejects a quote taken from below the end of the article body (reader comments)', () => {
    const companies = fixtureCompanies();
    firstFact(companies.zenith).quote = 'Zenith Corp is great and never banned anything.';
    expect(build(companies).messages).toEqual([
      expect.stringMatching(/zenith\.yaml: facts\.0\.quote: not found in article/),
    ]);
  });

  it('rejects an unknown article id', () => {
    const companies = fixtureCompanies();
    firstFact(companies.acme).article = '999_missing';
    expect(build(companies).messages).toEqual([
      'data/companies/acme.yaml: facts.0.article: unknown article id "999_missing"',
    ]);
  });

  it('rejects a bad date', () => {
    const companies = fixtureCompanies();
    firstFact(companies.acme).date = {
      value: '2020-02-30',
      precision: 'day',
      inferred: false,
    };
    const meta = fixtureArticleMeta();
    meta.date = { value: '2020-03', precision: 'day', inferred: true };
    expect(build(companies, meta).messages).toEqual([
      `data/articles/${FIXTURE_ARTICLE_ID}.yaml: date: "2020-03" does not match precision "day" (write it as "2021-03-15")`,
      'data/companies/acme.yaml: facts.0.date: "2020-02-30" is not a calendar date',
    ]);
  });

  it('rejects an alias claimed by two companies', () => {
    const companies = fixtureCompanies();
    companies.zenith.aliases = [{ text: 'ACME WIDGETS', caseSensitive: true }];
    expect(build(companies).messages).toEqual([
      'data/companies/zenith.yaml: aliases.0.text: "ACME WIDGETS" is claimed twice: also claimed by "acme" (data/companies/acme.yaml, aliases.0.text)',
    ]);
  });

  it('rejects an alias that would match common words', () => {
    const companies = fixtureCompanies();
    companies.acme.aliases = [
      { text: 'Acme Widgets', caseSensitive: false },
      { text: 'Apple', caseSensitive: false },
    ];
    expect(build(companies).messages).toEqual([
      'data/companies/acme.yaml: aliases.1.text: "Apple" is made of common English words (apple), so it would match ordinary text; set caseSensitive: true',
    ]);
  });

  it('rejects an unknown parent and a company id that does not match its file name', () => {
    const companies = fixtureCompanies();
    companies.zenith.parent = 'nobody';
    companies.acme.id = 'acme-inc';
    expect(build(companies).messages).toEqual([
      'data/companies/acme.yaml: id: "acme-inc" does not match the file name (expected "acme")',
      'data/companies/zenith.yaml: parent: unknown company id "nobody"',
    ]);
  });

  it('reports a YAML syntax error with its line, and every other error alongside it', () => {
    const root = writeFixtureRoot();
    roots.push(root);
    writeFileSync(join(root, 'data', 'companies', 'broken.yaml'), 'id: broken\nname: [unclosed\n');
    writeFileSync(join(root, 'data', 'companies', 'extra.yaml'), 'id: extra\n');
    const { errors } = buildDataset({ dataDir: join(root, 'data'), rootDir: root, commonWords });
    expect(errors.filter((e) => e.file === 'data/companies/broken.yaml')).toEqual([
      expect.objectContaining({ field: expect.stringMatching(/^line \d+$/) }),
    ]);
    expect(errors.filter((e) => e.file === 'data/companies/extra.yaml').map((e) => e.field)).toEqual([
      'name',
      'country',
      'kind',
      'parent',
      'aliases',
      'facts',
    ]);
  });
});
