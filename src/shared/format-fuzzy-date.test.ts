import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from './dataset-types.ts';
import { compareNewestFirst, formatFuzzyDate } from './format-fuzzy-date.ts';

const date = (value: string, precision: FuzzyDate['precision']): FuzzyDate => ({
  value,
  precision,
  inferred: false,
});

describe('formatFuzzyDate', () => {
  it('shows each date at its own precision', () => {
    expect(formatFuzzyDate(date('2021', 'year'), 'en-US')).toBe('2021');
    expect(formatFuzzyDate(date('2021-03', 'month'), 'en-US')).toBe('Mar 2021');
    expect(formatFuzzyDate(date('2021-03-15', 'day'), 'en-US')).toBe('Mar 15, 2021');
  });

  it('follows the locale', () => {
    expect(formatFuzzyDate(date('2021-03-15', 'day'), 'en-GB')).toBe('15 Mar 2021');
    expect(formatFuzzyDate(date('2021-03', 'month'), 'de-DE')).toBe('März 2021');
  });

  it('does not shift a date across midnight UTC', () => {
    // The first of the month is where a local-time parse would slip into the previous month.
    expect(formatFuzzyDate(date('2021-01-01', 'day'), 'en-US')).toBe('Jan 1, 2021');
    expect(formatFuzzyDate(date('2021-01', 'month'), 'en-US')).toBe('Jan 2021');
  });

  it('shows a malformed or mismatched value as stored rather than inventing a date', () => {
    expect(formatFuzzyDate(date('2021-02-30', 'day'), 'en-US')).toBe('2021-02-30');
    expect(formatFuzzyDate(date('2021-13', 'month'), 'en-US')).toBe('2021-13');
    expect(formatFuzzyDate(date('2021-03', 'day'), 'en-US')).toBe('2021-03');
    expect(formatFuzzyDate(date('soon', 'year'), 'en-US')).toBe('soon');
  });
});

describe('compareNewestFirst', () => {
  it('sorts newest first across precisions', () => {
    const dates = [
      date('2019', 'year'),
      date('2021-03-15', 'day'),
      date('2021-01', 'month'),
      date('2020-12-31', 'day'),
    ];
    expect(dates.sort(compareNewestFirst).map((d) => d.value)).toEqual([
      '2021-03-15',
      '2021-01',
      '2020-12-31',
      '2019',
    ]);
  });
});
