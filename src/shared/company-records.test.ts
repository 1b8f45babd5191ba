import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openCompanyRecords } from './company-records.ts';
import type { Article, Company } from './dataset-types.ts';

const date = { value: '2024', precision: 'year', inferred: false } as const;
const article = (id: string): Article => ({
  id,
  headline: `Headline ${id}`,
  publisher: null,
  cites: null,
  date,
  dateBasis: 'printed',
  url: null,
  pack: { id: 'desk', name: 'Desk' },
});
const company = (id: string, parentId: string | null, articleId: string): Company => ({
  id,
  name: id,
  country: 'US',
  kind: 'company',
  parentId,
  aliases: [{ text: id, caseSensitive: false }],
  status: { level: 'none', label: 'No restriction', asOf: date, factIds: [] },
  facts: [{ id: `${id}-1`, category: 'market', summary: 's', date, articleId, quote: 'q' }],
});

describe('company records', () => {
  it('answers the companies asked for, their parents and the articles they cite; replaced whole', async () => {
    const records = await openCompanyRecords(new IDBFactory());
    await records.replace(
      'r1',
      [
        company('child', 'parent', 'desk/a1'),
        company('parent', null, 'desk/a2'),
        company('other', null, 'desk/a3'),
      ],
      [article('desk/a1'), article('desk/a2'), article('desk/a3')],
    );
    const got = await records.get(['child', 'child', 'unknown']);
    expect(got.companies.map((c) => c.id)).toEqual(['child', 'parent']);
    expect(got.articles.map((a) => a.id).sort()).toEqual(['desk/a1', 'desk/a2']);
    expect(await records.revision()).toBe('r1');

    await records.replace('r2', [company('other', null, 'desk/a3')], [article('desk/a3')]);
    expect((await records.get(['child', 'other'])).companies.map((c) => c.id)).toEqual(['other']);
    await records.clear();
    expect(await records.revision()).toBeUndefined();
    expect((await records.get(['other'])).companies).toEqual([]);
  });
});
