/**
 * A frame's `find-companies`, when the packs' matcher is too large for the runtime: the background
 * runs the full matcher (kept in the records' database, decoded once per runtime revision) over the
 * frame's text, and answers with a matcher of the bundled names plus the pack companies found, a
 * few names that the frame's scanner then uses as it uses the runtime's
 * (docs/packs-at-scale.md, "a dictionary per page"). The frame sends text it adds later with the
 * companies its matcher has (`known`): the answer keeps them, and is null when there are no others.
 */
import { compileMatcher } from '../../shared/matcher/compile.ts';
import { loadMatcher, type Matcher } from '../../shared/matcher/load.ts';
import {
  type BackgroundRequest,
  type BackgroundResponses,
  MAX_PAGE_COMPANIES,
} from '../../shared/messages.ts';
import { bundledCompanyIds, companyRecords } from './watch-packs.ts';

let full: { revision: string; matcher: Promise<Matcher | undefined> } | undefined;

export async function answerFindCompanies(
  request: Extract<BackgroundRequest, { type: 'find-companies' }>,
): Promise<BackgroundResponses['find-companies']> {
  const records = await companyRecords();
  const revision = await records.revision();
  const none = { revision, matcher: null, found: request.known };
  if (revision === undefined) return none;
  if (full?.revision !== revision) {
    full = { revision, matcher: records.fullMatcher().then((s) => (s ? loadMatcher(s) : undefined)) };
  }
  const matcher = await full.matcher;
  if (!matcher) return none;
  const bundled = bundledCompanyIds();
  const known = new Set(request.known.filter((id) => !bundled.has(id)));
  const extra = new Set<string>();
  for (const { companyId } of matcher.findAll(request.text)) {
    if (!bundled.has(companyId) && !known.has(companyId)) extra.add(companyId);
  }
  if (extra.size === 0) return none;
  const found = [...known, ...extra].slice(0, MAX_PAGE_COMPANIES);
  const { companies } = await records.get([...bundled, ...found]);
  const patterns = companies.flatMap((company) =>
    company.aliases.map((alias) => ({ ...alias, companyId: company.id })),
  );
  return { revision, matcher: compileMatcher(patterns), found };
}
