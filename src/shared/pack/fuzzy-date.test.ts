import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '../dataset-types.ts';
import { compareFuzzyDates, fuzzyDateProblem } from './fuzzy-date.ts';

const date = (value: string, precision: FuzzyDate['precision']): FuzzyDate => ({
  value,
  precision,
  inferred: false,
});

describe('fuzzyDateProblem', () => {
  it('accepts real dates written at their precision', () => {
    expect(fuzzyDateProblem(date('2021', 'year'))).toBeNull();
    expect(fuzzyDateProblem(date('2021-03', 'month'))).toBeNull();
    expect(fuzzyDateProblem(date('2020-02-29', 'day'))).toBeNull();
  });

  it('rejects a value that does not match its precision', () => {
    expect(fuzzyDateProblem(date('2021-03', 'year'))).toBe(
      '"2021-03" does not match precision "year" (write it as "2021")',
    );
    expect(fuzzyDateProblem(date('March 2021', 'month'))).toMatch(/does not match precision "month"/);
    expect(fuzzyDateProblem(date('2021-3-15', 'day'))).toMatch(/does not match precision "day"/);
  });

  it('rejects dates that do not exist', () => {
    expect(fuzzyDateProblem(date('2021-13', 'month'))).toBe('"2021-13" has no month 13');
    expect(fuzzyDateProblem(date('2021-02-29', 'day'))).toBe('"2021-02-29" is not a calendar date');
    expect(fuzzyDateProblem(date('2021-04-00', 'day'))).toBe('"2021-04-00" is not a calendar date');
    expect(fuzzyDateProblem(date('0021', 'year'))).toBe('year 21 is out of range');
  });
});

describe('compareFuzzyDates', () => {
  it('orders by date, a less precise date before the more precise ones inside it', () => {
    const sorted = [
      date('2021-03-15', 'day'),
      date('2018', 'year'),
      date('2021-03', 'month'),
      date('2021-01-15', 'day'),
    ]
      .sort(compareFuzzyDates)
      .map((d) => d.value);
    expect(sorted).toEqual(['2018', '2021-01-15', '2021-03', '2021-03-15']);
  });
});
