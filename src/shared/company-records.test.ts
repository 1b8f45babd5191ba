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

  it('finds every record among many, in the order asked, with its parent and articles', async () => {
    const records = await openCompanyRecords(new IDBFactory());
    const ids = Array.from({ length: 1000 }, (_, i) => `c${i}`);
    await records.replace(
      'r1',
      ids.map((id, i) => company(id, i > 0 ? 'c0' : null, `desk/a${i % 300}`)),
      Array.from({ length: 300 }, (_, i) => article(`desk/a${i}`)),
    );
    const asked = ['c999', 'c500', 'nobody', 'c1'];
    const got = await records.get(asked);
    expect(got.companies.map((c) => c.id)).toEqual(['c999', 'c500', 'c1', 'c0']);
    expect(got.articles.map((a) => a.id).sort()).toEqual(['desk/a0', 'desk/a1', 'desk/a200', 'desk/a99']);
    for (const id of ids) expect((await records.get([id])).companies[0]?.id).toBe(id);
  });
});
