import type { Company, Fact, FactCategory } from '../../shared/dataset-types.ts';
import { compareNewestFirst } from '../../shared/format-fuzzy-date.ts';

/**
 * What the card shows, in what order. The summary answers "what is its status and why": the facts the
 * status rests on, then the newest few others. "All facts" groups every fact by what it is about:
 * what the US did (status facts and events), then where the company sells and with whom. Each list is
 * newest first; on the same date a status fact comes first, as it is the one that sets the status,
 * then the source file's order.
 */
export interface CardFacts {
  /** The facts the status rests on (empty when no source reports a standing). */
  basis: Fact[];
  /** The newest facts that are not part of the basis. */
  recent: Fact[];
  /** Every fact, for the full view. */
  all: { history: Fact[]; market: Fact[] };
  /** True when the summary already shows every fact: no "show all" control is needed. */
  complete: boolean;
}

const RECENT_COUNT = 2;

const GROUP_OF: Record<FactCategory, keyof CardFacts['all']> = {
  status: 'history',
  event: 'history',
  market: 'market',
  relationship: 'market',
};

const statusFirst = (a: Fact, b: Fact) =>
  compareNewestFirst(a.date, b.date) || Number(b.category === 'status') - Number(a.category === 'status');

export function cardFacts(company: Pick<Company, 'facts' | 'status'>): CardFacts {
  // Array sort is stable, so equal facts keep the dataset's order (newer article first, then source order).
  const ordered = [...company.facts].sort(statusFirst);
  const inBasis = new Set(company.status.factIds);
  const basis = ordered.filter((fact) => inBasis.has(fact.id));
  const recent = ordered.filter((fact) => !inBasis.has(fact.id)).slice(0, RECENT_COUNT);
  const all: CardFacts['all'] = { history: [], market: [] };
  for (const fact of ordered) all[GROUP_OF[fact.category]].push(fact);
  return { basis, recent, all, complete: basis.length + recent.length === ordered.length };
}
