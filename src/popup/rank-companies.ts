/**
 * The popup's order: what matters first. Restricted companies, then contested, then those our
 * sources do not flag; within a level, the most mentioned first, then by name. The not-flagged ones
 * are folded into one line, unless nothing above them would be left to show.
 */
import type { Company, StatusLevel } from '../shared/dataset-types.ts';
import type { CompanyMentions } from '../shared/tab-mentions.ts';

export interface RankedCompany {
  company: Company;
  mentions: CompanyMentions;
}

export interface RankedCompanies {
  flagged: RankedCompany[];
  notFlagged: RankedCompany[];
  /** Whether the not-flagged companies start folded. */
  foldNotFlagged: boolean;
}

const SEVERITY: Record<StatusLevel, number> = { restricted: 0, contested: 1, none: 2 };

export function rankCompanies(
  found: readonly CompanyMentions[],
  companyById: (id: string) => Company | undefined,
): RankedCompanies {
  const ranked: RankedCompany[] = [];
  for (const mentions of found) {
    const company = companyById(mentions.companyId);
    // A report naming a company the dataset lacks (an older content script after an update) is skipped.
    if (company) ranked.push({ company, mentions });
  }
  ranked.sort(
    (a, b) =>
      SEVERITY[a.company.status.level] - SEVERITY[b.company.status.level] ||
      b.mentions.count - a.mentions.count ||
      a.company.name.localeCompare(b.company.name),
  );
  const flagged = ranked.filter((r) => r.company.status.level !== 'none');
  const notFlagged = ranked.filter((r) => r.company.status.level === 'none');
  return { flagged, notFlagged, foldNotFlagged: flagged.length > 0 };
}
