import { PACK_FORMAT_VERSION, type Pack, type PackArticle } from '../../src/shared/pack/pack-schema.ts';
import type { CompanySource, FactSource } from '../../src/shared/pack/source-schema.ts';
import { companyNames } from './company-names.ts';
import { pick, seededRandom } from './seeded-random.ts';

/**
 * A synthetic knowledge pack for scale tests (issue #15): `companies` made-up companies, each with
 * two or three aliases and one fact quoting a sentence of a generated news roundup. The same options
 * give the same pack.
 */
const COMPANIES_PER_ARTICLE = 100;
const COUNTRIES = ['US', 'DE', 'FR', 'GB', 'JP', 'KR', 'CN', 'IN', 'BR', 'SE', 'NL', 'CA', 'AU', 'SG'];
const CITIES = ['Tallinn', 'Lyon', 'Osaka', 'Austin', 'Porto', 'Gdansk', 'Leeds', 'Pune', 'Recife', 'Malmo'];
const EVENTS: readonly {
  category: FactSource['category'];
  sentence: (name: string, city: string) => string;
}[] = [
  { category: 'market', sentence: (n, c) => `${n} said it would open a research site in ${c} next year.` },
  {
    category: 'market',
    sentence: (n, c) => `Sales at ${n} rose for a third quarter, led by its plant in ${c}.`,
  },
  { category: 'event', sentence: (n, c) => `${n} announced a recall of equipment shipped from ${c}.` },
  {
    category: 'event',
    sentence: (n, c) => `A court in ${c} ordered ${n} to pay damages to a former supplier.`,
  },
  {
    category: 'relationship',
    sentence: (n, c) => `${n} signed a supply agreement with a carrier based in ${c}.`,
  },
];
const STATUS = [
  {
    level: 'restricted',
    label: 'Added to an export restriction list',
    verb: 'was added to an export restriction list',
  },
  {
    level: 'contested',
    label: 'Export restriction under appeal',
    verb: 'appealed its listing on an export restriction list',
  },
  {
    level: 'none',
    label: 'Removed from an export restriction list',
    verb: 'was removed from an export restriction list',
  },
] as const;

export function syntheticPack(opts: {
  companies: number;
  seed: number;
  commonWords: ReadonlySet<string>;
}): Pack {
  const random = seededRandom(opts.seed);
  const names = companyNames(random, opts.companies, opts.commonWords);
  const articles: PackArticle[] = [];
  const companies: CompanySource[] = [];
  const claimed = new Set<string>();

  for (let start = 0; start < names.length; start += COMPANIES_PER_ARTICLE) {
    const articleNumber = articles.length + 1;
    const id = `syn-${String(articleNumber).padStart(6, '0')}`;
    const day = `${2019 + Math.floor(random() * 7)}-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`;
    const date = { value: day, precision: 'day' as const, inferred: false };
    const headline = `Business roundup no. ${articleNumber}`;
    const sentences = [`${headline}\n`];
    for (const [offset, company] of names.slice(start, start + COMPANIES_PER_ARTICLE).entries()) {
      const index = start + offset;
      const companyId = slug(company.name);
      const city = pick(random, CITIES);
      const status = index % 10 === 0 ? pick(random, STATUS) : null;
      const event = pick(random, EVENTS);
      const quote = status
        ? `In ${city}, ${company.name} ${status.verb}.`
        : event.sentence(company.name, city);
      sentences.push(quote, offset % 7 === 6 ? '\n\n' : ' ');
      const fact = {
        id: `${companyId}-1`,
        summary: status ? status.label : `${event.category === 'event' ? 'Event' : 'Note'} in ${city}.`,
        date,
        article: id,
        quote,
      };
      const aliases = [company.name, company.short, ...(index % 3 === 0 ? [company.brand] : [])]
        .filter((text) => !claimed.has(text.toLowerCase()))
        .map((text) => ({ text, caseSensitive: text === company.brand }));
      for (const alias of aliases) claimed.add(alias.text.toLowerCase());
      companies.push({
        id: companyId,
        name: company.name,
        country: pick(random, COUNTRIES),
        kind: 'company',
        // Now and then a subsidiary of a company met earlier.
        parent: index % 20 === 19 ? (companies[Math.floor(random() * companies.length)]?.id ?? null) : null,
        aliases,
        facts: [
          status
            ? { ...fact, category: 'status', standing: { level: status.level, label: status.label } }
            : { ...fact, category: event.category as 'market' },
        ],
      });
    }
    articles.push({
      id,
      headline,
      publisher: 'Synthetic Wire',
      cites: null,
      date,
      dateBasis: 'printed in the dateline',
      text: `${sentences.join('').trim()}\n`,
    });
  }
  return {
    formatVersion: PACK_FORMAT_VERSION,
    header: {
      id: `synthetic-${opts.companies}`,
      name: `Synthetic pack of ${opts.companies} companies`,
      version: '1.0.0',
      description: 'Made-up companies and news roundups, for scale tests. Nothing in it is true.',
      publisher: 'Company Lens tests',
      created: '2026-12-01',
    },
    articles,
    companies: companies.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
