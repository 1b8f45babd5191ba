/**
 * A frame's `find-companies`, when the packs' matcher is too large for the runtime: the background
 * runs the full matcher (kept in the records' database, decoded once per runtime revision) over the
 * frame's text, and answers with a matcher of the bundled names plus the pack companies found, a
 * few names that the frame's scanner then uses as it uses the runtime's
 * (docs/packs-at-scale.md, "a dictionary per page").
 */
import { compileMatcher } from '../../shared/matcher/compile.ts';
import { loadMatcher, type Matcher } from '../../shared/matcher/load.ts';
import type { BackgroundRequest, BackgroundResponses } from '../../shared/messages.ts';
import { bundledCompanyIds, companyRecords } from './watch-packs.ts';

let full: { revision: string; matcher: Promise<Matcher | undefined> } | undefined;

export async function answerFindCompanies(
  request: Extract<BackgroundRequest, { type: 'find-companies' }>,
): Promise<BackgroundResponses['find-companies']> {
  const records = await companyRecords();
  const revision = await records.revision();
  if (revision === undefined) return { revision, matcher: null };
  if (full?.revision !== revision) {
    full = { revision, matcher: records.fullMatcher().then((s) => (s ? loadMatcher(s) : undefined)) };
  }
  const matcher = await full.matcher;
  if (!matcher) return { revision, matcher: null };
  const bundled = bundledCompanyIds();
  const found = new Set(matcher.findAll(request.text).map((hit) => hit.companyId));
  const extra = [...found].filter((id) => !bundled.has(id));
  if (extra.length === 0) return { revision, matcher: null };
  const { companies } = await records.get([...bundled, ...extra]);
  const patterns = companies.flatMap((company) =>
    company.aliases.map((alias) => ({ ...alias, companyId: company.id })),
  );
  return { revision, matcher: compileMatcher(patterns) };
}
