/**
 * Edits of "My notes" (docs/dataset.md#my-notes), from the options page, the capture page's edit
 * mode and the card (through the background). Each is a new version of the pack, never changed in
 * place. A company left without facts goes, and so does an article no fact cites any more. What a
 * fact rests on (its quote, its page, the day of capture) is never edited: it is the evidence.
 */
import type { FuzzyDate } from './dataset-types.ts';
import type { Pack, PackArticle } from './pack/pack-schema.ts';
import type { CompanySource, FactSource } from './pack/source-schema.ts';

export interface NoteRow {
  factId: string;
  companyName: string;
  summary: string;
  date: string;
  quote: string;
  url: string | undefined;
}

/** What a note says, as the user may change it. */
export type NoteKind =
  | { category: 'event' | 'market' }
  | { category: 'status'; standing: { level: 'restricted' | 'contested' | 'none'; label: string } };

export interface NoteChanges {
  kind: NoteKind;
  summary: string;
  date: FuzzyDate;
  /** What the date rests on, shown beside its `~`; kept as it was when left out. */
  dateBasis?: string;
}

/** A fact taken out of the pack with what it needs to come back (`restoreFact`). */
export interface RemovedNote {
  company: Omit<CompanySource, 'facts'>;
  fact: FactSource;
  article: PackArticle | undefined;
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

/** The note `factId` with its company and article, or undefined. */
export function findNote(pack: Pack, factId: string): RemovedNote | undefined {
  for (const { facts, ...company } of pack.companies) {
    const fact = facts.find((f) => f.id === factId);
    if (fact) return { company, fact, article: pack.articles.find((a) => a.id === fact.article) };
  }
  return undefined;
}

export function removeFact(pack: Pack, factId: string): Pack {
  const companies = pack.companies
    .map((c) => ({ ...c, facts: c.facts.filter((f) => f.id !== factId) }))
    .filter((c) => c.facts.length > 0);
  const cited = new Set(companies.flatMap((c) => c.facts.map((f) => f.article)));
  return bumped({ ...pack, companies, articles: pack.articles.filter((a) => cited.has(a.id)) });
}

/**
 * Puts a removed note back into the pack as it is now (not the pack as it was: what changed since
 * stays). Its company comes back if it went; nothing changes when the fact is there already.
 */
export function restoreFact(pack: Pack, removed: RemovedNote): Pack {
  if (findNote(pack, removed.fact.id)) return pack;
  const existing = pack.companies.find((c) => c.id === removed.company.id);
  const company: CompanySource = existing
    ? { ...existing, facts: [...existing.facts, removed.fact] }
    : { ...removed.company, facts: [removed.fact] };
  const article = removed.article;
  return bumped({
    ...pack,
    articles:
      article && !pack.articles.some((a) => a.id === article.id)
        ? [...pack.articles, article]
        : pack.articles,
    companies: [...pack.companies.filter((c) => c.id !== company.id), company].sort((a, b) =>
      a.id.localeCompare(b.id),
    ),
  });
}

/**
 * Changes what a note says: its kind (a status with its standing, an event, a market note), summary
 * and date. The captured page's article takes the new date too (a capture's article is dated as its
 * fact), keeping the day and page it was captured from in its date basis.
 */
export function editFact(pack: Pack, factId: string, changes: NoteChanges): Pack {
  const note = findNote(pack, factId);
  if (!note) return pack;
  const edited = mapFact(pack, factId, ({ id, article, quote }) => {
    const common = { id, article, quote, summary: changes.summary, date: changes.date };
    return changes.kind.category === 'status'
      ? { ...common, category: 'status', standing: changes.kind.standing }
      : { ...common, category: changes.kind.category };
  });
  const citedElsewhere = edited.companies.some((c) =>
    c.facts.some((f) => f.article === note.fact.article && f.id !== factId),
  );
  if (citedElsewhere) return edited;
  return {
    ...edited,
    articles: edited.articles.map((a) =>
      a.id === note.fact.article
        ? { ...a, date: changes.date, dateBasis: rebased(a.dateBasis, changes.dateBasis) }
        : a,
    ),
  };
}

const CAPTURED = ' Captured on ';

/** `draft-to-pack.ts` writes "<basis> Captured on <day> from <url>": the capture part stays. */
function rebased(dateBasis: string, basis: string | undefined): string {
  if (basis === undefined) return dateBasis;
  const at = dateBasis.indexOf(CAPTURED);
  return at < 0 ? basis : `${basis}${dateBasis.slice(at)}`;
}

/** A captured article's date basis in its two parts: what the date rests on, and the day of capture. */
export function splitDateBasis(dateBasis: string): { basis: string; capturedOn: string | null } {
  const at = dateBasis.indexOf(CAPTURED);
  if (at < 0) return { basis: dateBasis, capturedOn: null };
  return {
    basis: dateBasis.slice(0, at),
    capturedOn: /^\d{4}-\d{2}-\d{2}/.exec(dateBasis.slice(at + CAPTURED.length))?.[0] ?? null,
  };
}

function mapFact(pack: Pack, factId: string, change: (fact: FactSource) => FactSource): Pack {
  return bumped({
    ...pack,
    companies: pack.companies.map((c) => ({
      ...c,
      facts: c.facts.map((f) => (f.id === factId ? change(f) : f)),
    })),
  });
}

function bumped(pack: Pack): Pack {
  const [major, minor, patch] = pack.header.version.split('.').map(Number);
  return { ...pack, header: { ...pack.header, version: `${major}.${minor}.${(patch ?? 0) + 1}` } };
}
