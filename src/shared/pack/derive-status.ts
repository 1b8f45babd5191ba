import type { CompanyStatus, FuzzyDate, StatusLevel } from '../dataset-types.ts';
import { compareFuzzyDates } from './fuzzy-date.ts';
import type { FactSource } from './source-schema.ts';

export const NO_RESTRICTION_LABEL = 'No US restriction reported in our sources';

type StatusFact = Extract<FactSource, { category: 'status' }>;

const SEVERITY: Record<StatusLevel, number> = { restricted: 2, contested: 1, none: 0 };

/**
 * A company's US standing, from its `status` facts: those of the latest article (by the article's
 * date) that has any. Within that article the most severe standing gives the level and the label,
 * and the newest fact breaks ties. A company none of whose articles reports a restriction reads
 * "none", as of the latest article that speaks of it at all: plain, never blank.
 */
export function deriveStatus(
  facts: readonly FactSource[],
  articleDates: ReadonlyMap<string, FuzzyDate>,
): CompanyStatus {
  const dateOf = (articleId: string): FuzzyDate => {
    const date = articleDates.get(articleId);
    if (!date) throw new Error(`deriveStatus: unknown article "${articleId}" (references are checked first)`);
    return date;
  };
  const latestArticle = (ids: readonly string[]): string | undefined =>
    [...ids].sort((a, b) => compareFuzzyDates(dateOf(b), dateOf(a)) || b.localeCompare(a))[0];

  const statusFacts = facts.filter((f): f is StatusFact => f.category === 'status');
  const articleId = latestArticle(statusFacts.map((f) => f.article));
  if (articleId === undefined) {
    const latest = latestArticle(facts.map((f) => f.article));
    if (latest === undefined) throw new Error('deriveStatus: a company needs at least one fact');
    return { level: 'none', label: NO_RESTRICTION_LABEL, asOf: dateOf(latest), factIds: [] };
  }
  const current = statusFacts
    .filter((f) => f.article === articleId)
    .sort(
      (a, b) => SEVERITY[b.standing.level] - SEVERITY[a.standing.level] || compareFuzzyDates(b.date, a.date),
    );
  const [lead] = current;
  if (!lead) throw new Error('deriveStatus: unreachable, the article was chosen for its status facts');
  return {
    level: lead.standing.level,
    label: lead.standing.label,
    asOf: dateOf(articleId),
    factIds: current.map((f) => f.id),
  };
}
