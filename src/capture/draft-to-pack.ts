/**
 * Turns a capture into records of the user's own pack, "My notes" (docs/dataset.md#my-notes): the
 * page becomes an article whose text is the quote with the context it was selected in (so the
 * pack's quote check holds honestly), and the fact cites it. The result is checked with the shared
 * `validatePack` before it is stored.
 */
import type { Alias, CompanyKind, FuzzyDate } from '../shared/dataset-types.ts';
import { MY_NOTES_NAME } from '../shared/my-notes.ts';
import type { NoteKind } from '../shared/my-notes-edits.ts';
import { MY_NOTES_ID } from '../shared/my-notes-id.ts';
import type { Pack, PackArticle } from '../shared/pack/pack-schema.ts';
import type { CompanySource, FactSource } from '../shared/pack/source-schema.ts';

export interface CapturedPage {
  quote: string;
  before: string;
  after: string;
  url: string;
  title: string;
  siteName: string | null;
}

/** The company a fact is about: one already known (bundled or from a pack), or one the user names. */
export interface CompanyIdentity {
  id: string;
  name: string;
  country: string;
  kind: CompanyKind;
  aliases: Alias[];
}

export interface CaptureInput {
  page: CapturedPage;
  company: CompanyIdentity;
  fact: NoteKind;
  summary: string;
  date: FuzzyDate;
  /** What the date rests on, shown by the card beside a `~`. */
  dateBasis: string;
  /** `YYYY-MM-DD`. */
  capturedOn: string;
  /** Unique for this capture, e.g. from the time: ids of the article and the fact derive from it. */
  stamp: string;
}

/** An empty "My notes" pack, as created on the first capture. */
export function emptyMyNotes(createdOn: string): Pack {
  return {
    formatVersion: 1,
    header: {
      id: MY_NOTES_ID,
      name: MY_NOTES_NAME,
      version: '1.0.0',
      description: 'Facts you captured from the pages you read.',
      publisher: 'You',
      created: createdOn,
    },
    articles: [],
    companies: [],
  };
}

/** A new version of `pack` (never changed in place) holding the captured article and fact. */
export function addCapture(pack: Pack, input: CaptureInput): Pack {
  const articleId = `capture-${input.stamp}`;
  const { page } = input;
  const url = /^https?:\/\//.test(page.url) ? { url: page.url } : {};
  const article: PackArticle = {
    id: articleId,
    headline: page.title,
    publisher: page.siteName,
    cites: null,
    date: input.date,
    dateBasis: `${input.dateBasis} Captured on ${input.capturedOn} from ${page.url}`,
    ...url,
    text: [page.before, page.quote, page.after].filter((part) => part.trim() !== '').join(' '),
  };
  const common = {
    id: `note-${input.stamp}`,
    summary: input.summary,
    date: input.date,
    article: articleId,
    quote: page.quote,
  };
  const fact: FactSource =
    input.fact.category === 'status'
      ? { ...common, category: 'status', standing: input.fact.standing }
      : { ...common, category: input.fact.category };
  const existing = pack.companies.find((c) => c.id === input.company.id);
  const company: CompanySource = existing
    ? { ...existing, facts: [...existing.facts, fact] }
    : {
        id: input.company.id,
        name: input.company.name,
        country: input.company.country,
        kind: input.company.kind,
        // The bundled or imported record names the parent; a note never contradicts it.
        parent: null,
        aliases: input.company.aliases,
        facts: [fact],
      };
  return {
    ...pack,
    header: { ...pack.header, version: nextPatch(pack.header.version) },
    articles: [...pack.articles, article],
    companies: [...pack.companies.filter((c) => c.id !== company.id), company].sort((a, b) =>
      a.id.localeCompare(b.id),
    ),
  };
}

/** Every change is a new version, so an exported copy re-imported later is told apart. */
function nextPatch(version: string): string {
  const [major, minor, patch] = version.split('.').map(Number);
  return `${major}.${minor}.${(patch ?? 0) + 1}`;
}

/** A company id from a name the user typed: `Acme Widgets` -> `acme-widgets`. */
export function companyIdFor(name: string, taken: (id: string) => boolean): string {
  const base =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'company';
  let id = base;
  for (let n = 2; taken(id); n++) id = `${base}-${n}`;
  return id;
}
