import { describe, expect, it } from 'vitest';
import { checkAliases } from './check-aliases.ts';
import type { ValidCompany } from './valid-sources.ts';

const commonWords = new Set(['apple', 'china', 'mobile', 'mate', 'pro', 'mi', 'band']);

function company(id: string, aliases: [string, boolean][]): ValidCompany {
  return {
    file: `data/companies/${id}.yaml`,
    stem: id,
    source: {
      id,
      name: id,
      country: 'CN',
      kind: 'company',
      parent: null,
      aliases: aliases.map(([text, caseSensitive]) => ({ text, caseSensitive })),
      facts: [],
    },
  };
}

const check = (...companies: ValidCompany[]) =>
  checkAliases(companies, commonWords).map((e) => `${e.field}: ${e.message}`);

describe('checkAliases: common words', () => {
  it('accepts distinctive names in any case, and common words only in their own case', () => {
    expect(
      check(
        company('a', [
          ['Xiaomi', false],
          ['Apple', true],
          ['China Mobile', true],
          ['Mate 10 Pro', true],
          ['小米', false],
        ]),
      ),
    ).toEqual([]);
  });

  it('rejects a common word that ignores case', () => {
    expect(check(company('a', [['Apple', false]]))).toEqual([
      'aliases.0.text: "Apple" is made of common English words (apple), so it would match ordinary text; set caseSensitive: true',
    ]);
  });

  it('rejects a phrase made only of common words that ignores case, numbers aside', () => {
    expect(
      check(
        company('a', [
          ['China Mobile', false],
          ['Mi Band 3', false],
        ]),
      ),
    ).toEqual([
      expect.stringContaining(
        'aliases.0.text: "China Mobile" is made of common English words (china, mobile)',
      ),
      expect.stringContaining('aliases.1.text: "Mi Band 3" is made of common English words (mi, band)'),
    ]);
  });

  it('rejects a lower-case common word even when case-sensitive', () => {
    expect(check(company('a', [['apple', true]]))).toEqual([
      'aliases.0.text: "apple" is a common English word even as written; write it as the company writes its name',
    ]);
  });

  it('rejects short any-case aliases and aliases without letters', () => {
    expect(
      check(
        company('a', [
          ['LG', false],
          ['8', true],
        ]),
      ),
    ).toEqual([
      'aliases.0.text: "LG" is too short to match in any case; set caseSensitive: true',
      'aliases.1.text: "8" has no letters, so it would match inside ordinary text',
    ]);
  });

  it('rejects a one-character CJK alias, which would match inside other words', () => {
    expect(
      check(
        company('a', [
          ['米', false],
          ['华为', false],
        ]),
      ),
    ).toEqual([
      'aliases.0.text: "米" has 1 CJK character; CJK aliases match without word boundaries, so use at least 2',
    ]);
  });
});

describe('checkAliases: claimed twice', () => {
  it('rejects the same alias for two companies, in any case when either side ignores case', () => {
    expect(check(company('a', [['Huawei', false]]), company('b', [['HUAWEI', true]]))).toEqual([
      'aliases.0.text: "HUAWEI" is claimed twice: also claimed by "a" (data/companies/a.yaml, aliases.0.text)',
    ]);
  });

  it('rejects an alias listed twice by one company', () => {
    expect(
      check(
        company('a', [
          ['Huawei', false],
          ['huawei', false],
        ]),
      ),
    ).toEqual(['aliases.1.text: "huawei" is claimed twice: this company already lists it']);
  });

  it('allows two case-sensitive aliases that differ in case', () => {
    expect(check(company('a', [['Apple', true]]), company('b', [['APPLE', true]]))).toEqual([]);
  });
});
