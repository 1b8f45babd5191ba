/** Sample dataset records for the card's unit tests (shaped like `src/generated/dataset.json`). */
import type { Article, Company, Fact } from '../../shared/dataset-types.ts';

const ARTICLES: Article[] = [
  {
    id: 'a-court',
    headline: 'A judge suspends Xiaomi blockade regarding national security',
    publisher: 'Gizchina',
    cites: null,
    date: { value: '2021-03-13', precision: 'day', inferred: true },
    dateBasis: 'inferred from "two months later" after the January 15 announcement',
    url: null,
  },
  {
    id: 'a-list',
    headline: 'Pentagon adds Xiaomi to blacklist',
    publisher: null,
    cites: 'Reuters',
    date: { value: '2021-01', precision: 'month', inferred: false },
    dateBasis: 'printed',
    url: null,
  },
  {
    id: 'a-market',
    headline: 'Xiaomi ships more phones in Europe',
    publisher: 'Example Daily',
    cites: null,
    date: { value: '2020', precision: 'year', inferred: false },
    dateBasis: 'printed',
    url: null,
  },
];

const fact = (f: Partial<Fact> & Pick<Fact, 'id' | 'category' | 'articleId'>): Fact => ({
  summary: `Summary of ${f.id}`,
  date: { value: '2021-01-15', precision: 'day', inferred: false },
  quote: `Quote of ${f.id}`,
  ...f,
});

export const XIAOMI: Company = {
  id: 'xiaomi',
  name: 'Xiaomi',
  country: 'China',
  kind: 'company',
  parentId: null,
  aliases: [{ text: 'Xiaomi', caseSensitive: false }],
  status: {
    level: 'contested',
    label: 'US investment blacklist: inclusion blocked by court',
    asOf: { value: '2021-03-13', precision: 'day', inferred: true },
    factIds: ['f-blocked'],
  },
  facts: [
    fact({
      id: 'f-listed',
      category: 'event',
      articleId: 'a-list',
      summary: 'Added to the Pentagon investment blacklist',
      date: { value: '2021-01-15', precision: 'day', inferred: false },
      quote: 'the United States Department of Defense announced the process to include Xiaomi',
    }),
    fact({
      id: 'f-market',
      category: 'market',
      articleId: 'a-market',
      summary: 'Sells phones across Europe',
      date: { value: '2020', precision: 'year', inferred: false },
    }),
    fact({
      id: 'f-blocked',
      category: 'status',
      articleId: 'a-court',
      summary: 'A US judge blocked the inclusion',
      date: { value: '2021-03', precision: 'month', inferred: true },
      quote: 'an American judge has agreed with him to suspend Xiaomi blockade',
    }),
    fact({
      id: 'f-partner',
      category: 'relationship',
      articleId: 'a-court',
      summary: 'Works with Qualcomm',
      date: { value: '2021-02', precision: 'month', inferred: false },
    }),
  ],
};

export const articleById = (id: string): Article | undefined => ARTICLES.find((a) => a.id === id);
