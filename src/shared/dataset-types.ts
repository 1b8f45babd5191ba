/**
 * The compiled dataset's shape: what `npm run data` writes to `src/generated/dataset.json` (bundled
 * into the extension) and to `dist/dataset.json` (for reuse by others). Documented in
 * `docs/dataset.md`; keep the two in step.
 */

/** How precisely a date is known. `value` carries exactly that much: `2021`, `2021-03`, `2021-03-15`. */
export type DatePrecision = 'year' | 'month' | 'day';

export interface FuzzyDate {
  value: string;
  precision: DatePrecision;
  /** True when the article does not print the date and it was worked out from the text. */
  inferred: boolean;
}

/** The knowledge pack a record comes from (docs/dataset.md#knowledge-packs). */
export interface PackRef {
  id: string;
  name: string;
}

export interface Article {
  /** Within an imported pack's records, namespaced by the pack (`<pack id>/<article id>`). */
  id: string;
  headline: string;
  /** The outlet that published it, where known. */
  publisher: string | null;
  /** A source the article itself cites ("Reuters"), where it names one. */
  cites: string | null;
  date: FuzzyDate;
  /** How the date was established, e.g. "inferred from ...". */
  dateBasis: string;
  /** Where it can be read online, when known (never guessed). */
  url: string | null;
  /** The imported pack it comes from; absent for the bundled articles. */
  pack?: PackRef;
}

export type FactCategory = 'status' | 'event' | 'market' | 'relationship';

export interface Fact {
  id: string;
  category: FactCategory;
  /** One line in our own words. */
  summary: string;
  /** The date the fact refers to. */
  date: FuzzyDate;
  articleId: string;
  /** Verbatim from the article (checked at build time, whitespace and typographic quotes normalised). */
  quote: string;
  /** The imported pack it comes from; absent for the bundled articles' facts. */
  pack?: PackRef;
}

/**
 * How a company's US standing reads in our sources. Drives the badge colour and the highlight style:
 * `restricted` (on a list or under a ban), `contested` (a restriction blocked, lifted or avoided),
 * `none`: with `factIds`, a sourced all-clear (taken off a list); without, no source flags it.
 */
export type StatusLevel = 'restricted' | 'contested' | 'none';

export interface CompanyStatus {
  level: StatusLevel;
  /** The status line, e.g. "US investment blacklist: inclusion blocked by court". */
  label: string;
  /** The date of the latest article that speaks to it. */
  asOf: FuzzyDate;
  /** The facts it rests on; empty when no source reports a standing at all. */
  factIds: string[];
}

export type CompanyKind = 'company' | 'brand' | 'app';

export interface Alias {
  text: string;
  /** Names that are also common words ("Apple") match only in their own case. */
  caseSensitive: boolean;
}

export interface Company {
  id: string;
  name: string;
  country: string;
  kind: CompanyKind;
  parentId: string | null;
  aliases: Alias[];
  status: CompanyStatus;
  /** Newest first. */
  facts: Fact[];
}

export interface Dataset {
  schemaVersion: 1;
  articles: Article[];
  companies: Company[];
}
