import { describe, expect, it } from 'vitest';
import { validatePack } from '../../src/shared/pack/validate-pack.ts';
import { loadCommonWords } from '../data/common-words.ts';
import { syntheticPack } from './synthetic-pack.ts';

const commonWords = loadCommonWords();

describe('syntheticPack', () => {
  const pack = syntheticPack({ companies: 2500, seed: 7, commonWords });

  it('passes the pack validation, common-word and duplicate-alias rules included', () => {
    expect(validatePack(JSON.parse(JSON.stringify(pack)), { commonWords }).errors).toEqual([]);
    expect(pack.companies).toHaveLength(2500);
  });

  it('gives multi-word names, a few aliases and one quoted fact per company', () => {
    for (const company of pack.companies.slice(0, 50)) {
      expect(company.name).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+ [A-Z][a-z]+$/);
      expect(company.aliases.length).toBeGreaterThanOrEqual(2);
      expect(company.facts).toHaveLength(1);
      const [fact] = company.facts;
      const article = pack.articles.find((a) => a.id === fact?.article);
      expect(article?.text).toContain(fact?.quote);
    }
  });

  it('is the same for the same seed, and different for another', () => {
    expect(syntheticPack({ companies: 200, seed: 7, commonWords })).toEqual(
      syntheticPack({ companies: 200, seed: 7, commonWords }),
    );
    expect(syntheticPack({ companies: 200, seed: 8, commonWords }).companies[0]?.name).not.toBe(
      syntheticPack({ companies: 200, seed: 7, commonWords }).companies[0]?.name,
    );
  });
});
