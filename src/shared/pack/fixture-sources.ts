/**
 * Small, valid sources for the pipeline's and the pack's tests: one article and two companies, as
 * plain objects that a test breaks in one place before writing them to a temporary `data/` folder
 * (`scripts/data/write-fixture-root.ts`) or into a pack.
 */
export const FIXTURE_ARTICLE_ID = '001_fixture';

export const FIXTURE_ARTICLE_TEXT = `Acme Widgets joins the market

On March 3, Acme Widgets said it would sell its “Roadrunner” line in Europe.
The regulator’s review of Zenith Corp ended  with a ban on its imports.

Liked this article? Share now!
Comment: Zenith Corp is great and never banned anything.
`;

export function fixtureArticleMeta(): Record<string, unknown> {
  return {
    headline: 'Acme Widgets joins the market',
    publisher: 'Example News',
    cites: null,
    date: { value: '2020-03', precision: 'month', inferred: true },
    dateBasis: 'inferred from the fixture',
    bodyEndsBefore: 'Liked this article? Share now!',
  };
}

export type FixtureFact = Record<string, unknown>;
export interface FixtureCompany {
  [field: string]: unknown;
  facts: FixtureFact[];
}

export function fixtureCompanies(): { acme: FixtureCompany; zenith: FixtureCompany } {
  const fact = (id: string, quote: string, extra: Record<string, unknown> = {}): FixtureFact => ({
    id,
    category: 'market',
    summary: `Summary of ${id}.`,
    date: { value: '2020-03-03', precision: 'day', inferred: true },
    article: FIXTURE_ARTICLE_ID,
    quote,
    ...extra,
  });
  return {
    acme: {
      id: 'acme',
      name: 'Acme Widgets',
      country: 'US',
      kind: 'company',
      parent: null,
      aliases: [{ text: 'Acme Widgets', caseSensitive: false }],
      facts: [fact('acme-europe', 'Acme Widgets said it would sell its "Roadrunner" line in Europe.')],
    },
    zenith: {
      id: 'zenith',
      name: 'Zenith Corp',
      country: 'DE',
      kind: 'company',
      parent: 'acme',
      aliases: [
        { text: 'Zenith Corp', caseSensitive: true },
        { text: '天顶公司', caseSensitive: false },
      ],
      facts: [
        fact('zenith-ban', "The regulator's review of Zenith Corp ended with a ban on its imports.", {
          category: 'status',
          standing: { level: 'restricted', label: 'Imports banned' },
        }),
      ],
    },
  };
}

/** A fixture company's one fact, for a test to break. */
export function firstFact(company: FixtureCompany): FixtureFact {
  const [fact] = company.facts;
  if (!fact) throw new Error('fixture company without facts');
  return fact;
}

/** The header of the fixture folder as a pack (`pack.yaml`), and of packs built from the fixture. */
export function fixturePackHeader(): Record<string, unknown> {
  return {
    id: 'fixture-pack',
    name: 'Fixture pack',
    version: '1.0.0',
    description: 'One article and two companies, for tests.',
    publisher: 'Company Lens tests',
    created: '2026-12-01',
  };
}

/** The fixture as a pack file's object, as `npm run data -- --pack` would write it. */
export function fixturePack(): {
  formatVersion: number;
  header: Record<string, unknown>;
  articles: Record<string, unknown>[];
  companies: FixtureCompany[];
} {
  const { bodyEndsBefore, ...meta } = fixtureArticleMeta();
  const end = FIXTURE_ARTICLE_TEXT.indexOf(String(bodyEndsBefore));
  return {
    formatVersion: 1,
    header: fixturePackHeader(),
    articles: [{ id: FIXTURE_ARTICLE_ID, ...meta, text: FIXTURE_ARTICLE_TEXT.slice(0, end) }],
    companies: Object.values(fixtureCompanies()),
  };
}
