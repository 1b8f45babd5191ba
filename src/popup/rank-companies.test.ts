import { describe, expect, it } from 'vitest';
import type { Company, StatusLevel } from '../shared/dataset-types.ts';
import { rankCompanies } from './rank-companies.ts';

const LEVELS: Record<string, StatusLevel> = {
  huawei: 'restricted',
  zte: 'restricted',
  xiaomi: 'contested',
  tiktok: 'contested',
  qualcomm: 'none',
  apple: 'none',
  google: 'none',
};

const companyById = (id: string): Company | undefined =>
  LEVELS[id] === undefined
    ? undefined
    : ({ id, name: id.toUpperCase(), status: { level: LEVELS[id] } } as unknown as Company);

const found = (counts: Record<string, number>) =>
  Object.entries(counts).map(([companyId, count]) => ({ companyId, count, frameIds: [0] }));

const ids = (list: { company: Company }[]) => list.map((r) => r.company.id);

describe('rankCompanies', () => {
  it('orders by severity, then by mentions, then by name', () => {
    const ranked = rankCompanies(
      found({ qualcomm: 9, apple: 2, google: 2, xiaomi: 1, tiktok: 4, zte: 1, huawei: 3 }),
      companyById,
    );
    expect(ids(ranked.flagged)).toEqual(['huawei', 'zte', 'tiktok', 'xiaomi']);
    expect(ids(ranked.notFlagged)).toEqual(['qualcomm', 'apple', 'google']);
  });

  it('folds the not-flagged companies below flagged ones, and not when they are all there is', () => {
    expect(rankCompanies(found({ qualcomm: 1, zte: 1 }), companyById).foldNotFlagged).toBe(true);
    const onlyNone = rankCompanies(found({ qualcomm: 1, apple: 2 }), companyById);
    expect(onlyNone.foldNotFlagged).toBe(false);
    expect(ids(onlyNone.notFlagged)).toEqual(['apple', 'qualcomm']);
  });

  it('skips companies the dataset does not know', () => {
    const ranked = rankCompanies(found({ gone: 5, zte: 1 }), companyById);
    expect(ids(ranked.flagged)).toEqual(['zte']);
    expect(ranked.notFlagged).toEqual([]);
  });
});
