import type { DatePrecision, FuzzyDate } from '../dataset-types.ts';

const FORMAT_BY_PRECISION: Record<DatePrecision, RegExp> = {
  year: /^(\d{4})$/,
  month: /^(\d{4})-(\d{2})$/,
  day: /^(\d{4})-(\d{2})-(\d{2})$/,
};

const EXAMPLE: Record<DatePrecision, string> = { year: '2021', month: '2021-03', day: '2021-03-15' };

/** Why `date` is not a real date of the precision it claims, or null when it is. */
export function fuzzyDateProblem(date: FuzzyDate): string | null {
  const match = FORMAT_BY_PRECISION[date.precision].exec(date.value);
  if (!match) {
    return `"${date.value}" does not match precision "${date.precision}" (write it as "${EXAMPLE[date.precision]}")`;
  }
  const [year = 0, month, day] = match.slice(1).map(Number);
  if (year < 1900 || year > 2100) return `year ${year} is out of range`;
  if (month !== undefined && (month < 1 || month > 12)) return `"${date.value}" has no month ${month}`;
  if (month !== undefined && day !== undefined) {
    // Day 0 of the next month is the last day of this one.
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > daysInMonth) return `"${date.value}" is not a calendar date`;
  }
  return null;
}

/**
 * Orders dates oldest first. The values are zero-padded ISO prefixes, so string order is date order;
 * a less precise date sorts before the more precise dates inside it ("2021-03" before "2021-03-15").
 */
export function compareFuzzyDates(a: FuzzyDate, b: FuzzyDate): number {
  return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
}
