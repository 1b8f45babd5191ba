import { describe, expect, it } from 'vitest';
import type { Fact } from '../../shared/dataset-types.ts';
import { cardFacts } from './card-facts.ts';
import { XIAOMI } from './card-test-data.ts';

const ids = (facts: Fact[]) => facts.map((f) => f.id);

describe('cardFacts', () => {
  it('opens with the facts the status rests on, then the two newest others', () => {
    const facts = cardFacts(XIAOMI);
    expect(ids(facts.basis)).toEqual(['f-blocked']);
    expect(ids(facts.recent)).toEqual(['f-partner', 'f-listed']);
    expect(facts.complete).toBe(false);
  });

  it('groups every fact by what it is about, each group newest first', () => {
    const { all } = cardFacts(XIAOMI);
    expect(ids(all.history)).toEqual(['f-blocked', 'f-listed']);
    expect(ids(all.market)).toEqual(['f-partner', 'f-market']);
  });

  it('puts a status fact before the other facts of the same date, whatever the file order', () => {
    const date = { value: '2021-03', precision: 'month', inferred: true } as const;
    const denial = { ...XIAOMI.facts[0], id: 'denial', category: 'event', date } as Fact;
    const ruling = { ...XIAOMI.facts[0], id: 'ruling', category: 'status', date } as Fact;
    const company = { facts: [denial, ruling], status: { ...XIAOMI.status, factIds: [] } };
    const facts = cardFacts(company);
    expect(ids(facts.recent)).toEqual(['ruling', 'denial']);
    expect(ids(facts.all.history)).toEqual(['ruling', 'denial']);
    expect(facts.complete).toBe(true);
  });

  it('gives empty lists for a company without facts, and does not reorder the dataset', () => {
    expect(cardFacts({ facts: [], status: { ...XIAOMI.status, factIds: [] } })).toEqual({
      basis: [],
      recent: [],
      all: { history: [], market: [] },
      complete: true,
    });
    const before = ids(XIAOMI.facts);
    cardFacts(XIAOMI);
    expect(ids(XIAOMI.facts)).toEqual(before);
  });
});
