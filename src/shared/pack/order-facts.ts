import type { Fact, FuzzyDate } from '../dataset-types.ts';
import { compareFuzzyDates } from './fuzzy-date.ts';

/**
 * A company's facts as the card lists them: newest first; for equal dates, the newer article first;
 * then the order they were given in (the source file's, then the packs'). Shared by `npm run data`
 * and the background, which merges packs.
 */
export function newestFirst(facts: readonly Fact[], articleDates: ReadonlyMap<string, FuzzyDate>): Fact[] {
  return facts
    .map((fact, index) => ({ fact, index }))
    .sort(
      (a, b) =>
        compareFuzzyDates(b.fact.date, a.fact.date) ||
        compareFuzzyDates(
          articleDates.get(b.fact.articleId) ?? b.fact.date,
          articleDates.get(a.fact.articleId) ?? a.fact.date,
        ) ||
        a.index - b.index,
    )
    .map(({ fact }) => fact);
}
