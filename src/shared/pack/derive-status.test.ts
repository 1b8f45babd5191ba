import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../dataset-types.ts';
import { deriveStatus, NO_RESTRICTION_LABEL } from './derive-status.ts';
import type { FactSource } from './source-schema.ts';

const month = (value: string): FuzzyDate => ({ value, precision: 'month', inferred: true });
const articleDates = new Map([
  ['old', month('2018-07')],
  ['new', month('2021-03')],
]);

function fact(
  id: string,
  article: string,
  date: string,
  standing?: Extract<FactSource, { category: 'status' }>['standing'],
): FactSource {
  const base = { id, summary: id, date: month(date), article, quote: 'a quote of four words' };
  return standing ? { ...base, category: 'status', standing } : { ...base, category: 'event' };
}

describe('deriveStatus', () => {
  it('takes the status facts of the latest article that has any', () => {
    const status = deriveStatus(
      [
        fact('banned', 'old', '2018-07', { level: 'restricted', label: 'Banned' }),
        fact('blocked', 'new', '2021-03', { level: 'contested', label: 'Listing blocked by a judge' }),
        fact('listed', 'new', '2021-01'),
      ],
      articleDates,
    );
    expect(status).toEqual({
      level: 'contested',
      label: 'Listing blocked by a judge',
      asOf: month('2021-03'),
      factIds: ['blocked'],
    });
  });

  it('within that article, the most severe standing leads and the newest breaks ties', () => {
    const status = deriveStatus(
      [
        fact('avoided', 'new', '2021-03', { level: 'contested', label: 'Avoided' }),
        fact('older-ban', 'new', '2020-01', { level: 'restricted', label: 'Older ban' }),
        fact('newer-ban', 'new', '2021-02', { level: 'restricted', label: 'Newer ban' }),
      ],
      articleDates,
    );
    expect(status.level).toBe('restricted');
    expect(status.label).toBe('Newer ban');
    expect(status.factIds).toEqual(['newer-ban', 'older-ban', 'avoided']);
  });

  it('says plainly when no article reports a restriction, as of the latest article about the company', () => {
    const status = deriveStatus([fact('a', 'old', '2018-07'), fact('b', 'new', '2021-03')], articleDates);
    expect(status).toEqual({
      level: 'none',
      label: NO_RESTRICTION_LABEL,
      asOf: month('2021-03'),
      factIds: [],
    });
    expect(NO_RESTRICTION_LABEL).toBe('No US restriction reported in our sources');
  });
});
