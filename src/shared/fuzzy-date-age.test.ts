import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from './dataset-types.ts';
import { formatFuzzyAge, fuzzyAge } from './fuzzy-date-age.ts';

const at = (iso: string) => new Date(`${iso}T12:00:00Z`);
const date = (value: string, precision: FuzzyDate['precision']): FuzzyDate => ({
  value,
  precision,
  inferred: false,
});
const age = (value: string, precision: FuzzyDate['precision'], now: string) =>
  fuzzyAge(date(value, precision), at(now));
const words = (value: string, precision: FuzzyDate['precision'], now: string) => {
  const a = age(value, precision, now);
  return a && formatFuzzyAge(a, 'en-US');
};

describe('fuzzyAge', () => {
  it('counts whole years once a date is a year old or more, and marks it stale', () => {
    expect(age('2021-03', 'month', '2026-12-06')).toEqual({ unit: 'year', value: 5, stale: true });
    expect(words('2021-03', 'month', '2026-12-06')).toBe('5 years ago');
    expect(words('2018-07', 'month', '2026-12-06')).toBe('8 years ago');
    expect(words('2021-01-15', 'day', '2026-12-06')).toBe('5 years ago');
  });

  it('counts months under a year, and is not stale there', () => {
    expect(age('2026-03', 'month', '2026-12-06')).toEqual({ unit: 'month', value: 9, stale: false });
    expect(words('2026-11', 'month', '2026-12-06')).toBe('last month');
    expect(words('2026-12', 'month', '2026-12-06')).toBe('this month');
    expect(age('2025-12', 'month', '2026-12-06')).toEqual({ unit: 'year', value: 1, stale: true });
    expect(age('2026-01', 'month', '2026-12-31')?.stale).toBe(false);
  });

  it('counts days within a month of a day-precise date', () => {
    expect(words('2026-12-06', 'day', '2026-12-06')).toBe('today');
    expect(words('2026-12-05', 'day', '2026-12-06')).toBe('yesterday');
    expect(words('2026-11-20', 'day', '2026-12-06')).toBe('16 days ago');
    expect(words('2026-10-20', 'day', '2026-12-06')).toBe('2 months ago');
  });

  it('keeps a year-only date at year precision', () => {
    expect(words('2026', 'year', '2026-12-06')).toBe('this year');
    expect(age('2026', 'year', '2026-12-06')?.stale).toBe(false);
    expect(age('2025', 'year', '2026-01-10')).toEqual({ unit: 'year', value: 1, stale: true });
    expect(words('2020', 'year', '2026-12-06')).toBe('6 years ago');
  });

  it('shows a future date as now, and gives up on a malformed one', () => {
    expect(words('2027-02', 'month', '2026-12-06')).toBe('this month');
    expect(age('March 2021', 'month', '2026-12-06')).toBeNull();
  });
});
