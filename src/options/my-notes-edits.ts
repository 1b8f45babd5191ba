/**
 * Edits of "My notes" from the options page, each a new version of the pack (never changed in
 * place, so the version before is what Undo writes back). A company left without facts goes, and
 * so does an article no fact cites any more.
 */
import type { Pack } from '../shared/pack/pack-schema.ts';

export interface NoteRow {
  factId: string;
  companyName: string;
  summary: string;
  date: string;
  quote: string;
  url: string | undefined;
}

/** Every fact of the pack, newest first, with what identifies it to the user. */
export function noteRows(pack: Pack): NoteRow[] {
  const urlOf = new Map(pack.articles.map((a) => [a.id, a.url]));
  return pack.companies
    .flatMap((c) =>
      c.facts.map((f) => ({
        factId: f.id,
        companyName: c.name,
        summary: f.summary,
        date: f.date.value,
        quote: f.quote,
        url: urlOf.get(f.article),
      })),
    )
    .sort((a, b) => b.date.localeCompare(a.date) || a.factId.localeCompare(b.factId));
}

export function removeFact(pack: Pack, factId: string): Pack {
  const companies = pack.companies
    .map((c) => ({ ...c, facts: c.facts.filter((f) => f.id !== factId) }))
    .filter((c) => c.facts.length > 0);
  const cited = new Set(companies.flatMap((c) => c.facts.map((f) => f.article)));
  return bumped({ ...pack, companies, articles: pack.articles.filter((a) => cited.has(a.id)) });
}

export function editSummary(pack: Pack, factId: string, summary: string): Pack {
  return bumped({
    ...pack,
    companies: pack.companies.map((c) => ({
      ...c,
      facts: c.facts.map((f) => (f.id === factId ? { ...f, summary } : f)),
    })),
  });
}

function bumped(pack: Pack): Pack {
  const [major, minor, patch] = pack.header.version.split('.').map(Number);
  return { ...pack, header: { ...pack.header, version: `${major}.${minor}.${(patch ?? 0) + 1}` } };
}
