/**
 * The companies a capture can be about, found with the matcher the tabs use: the pack runtime's
 * (bundled names plus every enabled pack's) when packs are enabled, else the bundled one. So the
 * companies preselected are the ones the page marks in the selection.
 */
import serializedMatcher from '../generated/matcher.json?raw';
import { openCompanyRecords } from '../shared/company-records.ts';
import { companyById, dataset } from '../shared/dataset.ts';
import type { Company } from '../shared/dataset-types.ts';
import { loadMatcher, type Matcher } from '../shared/matcher/load.ts';
import { readPackRuntime } from '../shared/pack-runtime.ts';
import type { CompanyIdentity } from './draft-to-pack.ts';

export interface KnownCompanies {
  /** Named in the quote, in order of first mention. */
  inQuote: CompanyIdentity[];
  /** Every bundled company, and those of the quote, by name. */
  all: CompanyIdentity[];
  /** The company that already claims `alias` as a whole name, if any. */
  claimOf(alias: string): Promise<CompanyIdentity | undefined>;
}

const identity = (c: Company): CompanyIdentity => ({
  id: c.id,
  name: c.name,
  country: c.country,
  kind: c.kind,
  aliases: c.aliases.map(({ text, caseSensitive }) => ({ text, caseSensitive })),
});

export async function loadKnownCompanies(quote: string): Promise<KnownCompanies> {
  const runtime = await readPackRuntime();
  const matcher: Matcher = loadMatcher(runtime?.matcher ?? JSON.parse(serializedMatcher));
  const lookup = async (ids: string[]): Promise<Map<string, CompanyIdentity>> => {
    const found = new Map<string, CompanyIdentity>();
    const missing = ids.filter((id) => {
      const bundled = companyById(id);
      if (bundled) found.set(id, identity(bundled));
      return !bundled;
    });
    if (missing.length > 0 && runtime) {
      const records = await openCompanyRecords();
      try {
        for (const c of (await records.get(missing)).companies) found.set(c.id, identity(c));
      } finally {
        records.close();
      }
    }
    return found;
  };
  const quoteIds = [...new Set(matcher.findAll(quote).map((hit) => hit.companyId))];
  const byId = await lookup(quoteIds);
  const inQuote = quoteIds.flatMap((id) => byId.get(id) ?? []);
  const all = new Map(dataset().companies.map((c) => [c.id, identity(c)]));
  for (const c of inQuote) all.set(c.id, c);
  return {
    inQuote,
    all: [...all.values()].sort((a, b) => a.name.localeCompare(b.name)),
    async claimOf(alias) {
      const text = alias.trim();
      const whole = matcher.findAll(text).find((hit) => hit.start === 0 && hit.end === text.length);
      return whole ? (await lookup([whole.companyId])).get(whole.companyId) : undefined;
    },
  };
}
