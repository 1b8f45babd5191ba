import { describe, expect, it } from 'vitest';
import { XIAOMI } from './card-test-data.ts';
import { groupFacts } from './group-facts.ts';

describe('groupFacts', () => {
  it('puts status and events in the history and market notes after, each newest first', () => {
    const groups = groupFacts(XIAOMI);
    expect(groups.history.map((f) => f.id)).toEqual(['f-blocked', 'f-listed']);
    expect(groups.market.map((f) => f.id)).toEqual(['f-partner', 'f-market']);
  });

  it('gives empty lists for a company without facts', () => {
    expect(groupFacts({ facts: [] })).toEqual({ history: [], market: [] });
  });

  it('does not reorder the dataset it was given', () => {
    const before = XIAOMI.facts.map((f) => f.id);
    groupFacts(XIAOMI);
    expect(XIAOMI.facts.map((f) => f.id)).toEqual(before);
  });
});
