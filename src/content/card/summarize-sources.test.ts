import { describe, expect, it } from 'vitest';
import { articleById, XIAOMI } from './card-test-data.ts';
import { summarizeSources } from './summarize-sources.ts';

describe('summarizeSources', () => {
  it('counts distinct articles and finds the newest', () => {
    // Four facts from three articles; two facts share the court article.
    expect(summarizeSources(XIAOMI, articleById)).toEqual({
      articleCount: 3,
      latest: { value: '2021-03-13', precision: 'day', inferred: true },
    });
  });

  it('does not count an article the dataset lacks', () => {
    const company = { facts: XIAOMI.facts.slice(0, 1).map((fact) => ({ ...fact, articleId: 'missing' })) };
    expect(summarizeSources(company, articleById)).toEqual({ articleCount: 0, latest: null });
  });
});
