import type { Company, Fact, FactCategory } from '../../shared/dataset-types.ts';
import { compareNewestFirst } from '../../shared/format-fuzzy-date.ts';

/** The card's two lists: what the US did (restrictions and bans), then where the company sells and with whom. */
export interface FactGroups {
  history: Fact[];
  market: Fact[];
}

const GROUP_OF: Record<FactCategory, keyof FactGroups> = {
  status: 'history',
  event: 'history',
  market: 'market',
  relationship: 'market',
};

/** Splits a company's facts into the card's lists, each newest first (stable for equal dates). */
export function groupFacts(company: Pick<Company, 'facts'>): FactGroups {
  const groups: FactGroups = { history: [], market: [] };
  for (const fact of company.facts) groups[GROUP_OF[fact.category]].push(fact);
  groups.history.sort((a, b) => compareNewestFirst(a.date, b.date));
  groups.market.sort((a, b) => compareNewestFirst(a.date, b.date));
  return groups;
}
