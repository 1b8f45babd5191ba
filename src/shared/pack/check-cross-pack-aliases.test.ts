import { describe, expect, it } from 'vitest';
import { type AliasClaims, addAliasClaims, checkCrossPackAliases } from './check-cross-pack-aliases.ts';

const company = (id: string, ...aliases: [string, boolean][]) => ({
  id,
  aliases: aliases.map(([text, caseSensitive]) => ({ text, caseSensitive })),
});

function claimsOf(packName: string, ...companies: ReturnType<typeof company>[]): AliasClaims {
  const claims: AliasClaims = new Map();
  addAliasClaims(claims, packName, companies);
  return claims;
}

describe('checkCrossPackAliases', () => {
  it('accepts aliases no other pack claims', () => {
    const claims = claimsOf('Bundled', company('zte', ['ZTE', true]));
    expect(checkCrossPackAliases('news', [company('acme', ['Acme', false])], claims)).toEqual({
      errors: [],
      taken: [],
      mergedCompanyIds: [],
    });
  });

  it('merges a company whose id matches the claimant', () => {
    const claims = claimsOf('Bundled', company('xiaomi', ['Xiaomi', false]));
    const result = checkCrossPackAliases('news', [company('xiaomi', ['xiaomi', false])], claims);
    expect(result).toEqual({ errors: [], taken: [], mergedCompanyIds: ['xiaomi'] });
  });

  it('refuses an alias claimed by a different company, naming pack, company, field and claimant', () => {
    const claims = claimsOf('Team X', company('acme-corp', ['Acme', false]));
    const result = checkCrossPackAliases(
      'news',
      [company('acme', ['Acme Inc', false], ['ACME', true])],
      claims,
    );
    expect(result.errors).toEqual([
      {
        file: 'pack "news" › company "acme"',
        field: 'aliases.1.text',
        message: 'alias "ACME" is claimed by company "acme-corp" in pack "Team X"',
      },
    ]);
    // The same refusal in plain terms, for a reader.
    expect(result.taken).toEqual([{ alias: 'ACME', packName: 'Team X' }]);
    expect(result.mergedCompanyIds).toEqual([]);
  });

  it('lets two case-sensitive aliases differing in case live side by side', () => {
    const claims = claimsOf('Team X', company('apple-records', ['APPLE', true]));
    expect(checkCrossPackAliases('news', [company('apple', ['Apple', true])], claims).errors).toEqual([]);
    expect(checkCrossPackAliases('news', [company('apple', ['APPLE', true])], claims).errors).toHaveLength(1);
  });

  it('refuses when any claimant differs, even if another one is the same company', () => {
    const claims = claimsOf('A', company('acme', ['Acme', false]));
    addAliasClaims(claims, 'B', [company('acme-corp', ['acme', false])]);
    const result = checkCrossPackAliases('news', [company('acme', ['ACME', false])], claims);
    expect(result.errors[0]?.message).toBe('alias "ACME" is claimed by company "acme-corp" in pack "B"');
  });
});
