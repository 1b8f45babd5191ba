import { describe, expect, it } from 'vitest';
import type { Article, Company, Dataset, Fact } from '../shared/dataset-types.ts';
import { summarizeDataset } from './dataset-summary.ts';

const article = (id: string, value: string): Article => ({
  id,
  headline: `Headline ${id}`,
  publisher: null,
  cites: null,
  date: {
    value,
    precision: value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day',
    inferred: false,
  },
  dateBasis: 'printed',
  url: null,
});
const fact = (id: string): Fact => ({
  id,
  category: 'status',
  summary: id,
  date: { value: '2021', precision: 'year', inferred: false },
  articleId: 'a',
  quote: 'q',
});
const company = (id: string, facts: Fact[]): Company => ({
  id,
  name: id,
  country: 'CN',
  kind: 'company',
  parentId: null,
  aliases: [],
  status: {
    level: 'none',
    label: '',
    asOf: { value: '2021', precision: 'year', inferred: false },
    factIds: [],
  },
  facts,
});

describe('summarizeDataset', () => {
  it('counts companies and facts, and orders articles newest first', () => {
    const dataset: Dataset = {
      schemaVersion: 1,
      articles: [article('old', '2019-05'), article('new', '2024-02-03'), article('mid', '2021')],
      companies: [company('a', [fact('1'), fact('2')]), company('b', []), company('c', [fact('3')])],
    };
    const summary = summarizeDataset(dataset);
    expect(summary.companies).toBe(3);
    expect(summary.facts).toBe(3);
    expect(summary.articles.map((a) => a.id)).toEqual(['new', 'mid', 'old']);
    expect(summary.latest?.value).toBe('2024-02-03');
  });

  it('has no latest date without articles', () => {
    expect(summarizeDataset({ schemaVersion: 1, articles: [], companies: [] }).latest).toBeUndefined();
  });
});
