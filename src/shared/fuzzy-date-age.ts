import type { FuzzyDate } from './dataset-types.ts';

/**
 * How long ago a fuzzy date was, at the date's own precision: "2021" is some years ago, never "68
 * months". Counted from the start of the date's span, so a status "as of Mar 2021" read on 6 Dec 2026
 * is "5 years ago". Today's date comes from the caller, so the card and its tests agree on the clock.
 */
export interface FuzzyAge {
  unit: 'year' | 'month' | 'day';
  /** Whole units elapsed; 0 means this year, this month or today. */
  value: number;
  /** Older than a year: the card warns that the picture may have changed since. */
  stale: boolean;
}

const STALE_AFTER_MONTHS = 12;
const DAY_MS = 86_400_000;

export function fuzzyAge(date: FuzzyDate, now: Date): FuzzyAge | null {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date.value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const nowYear = now.getUTCFullYear();
  const months = (nowYear - year) * 12 + (now.getUTCMonth() + 1 - month);
  // A date in the future (a typo, or a clock set back) is shown as today rather than "in 3 years".
  const clamp = (n: number) => Math.max(0, n);
  if (date.precision === 'year') {
    const years = clamp(nowYear - year);
    return { unit: 'year', value: years, stale: years >= 1 && months >= STALE_AFTER_MONTHS };
  }
  const stale = months >= STALE_AFTER_MONTHS;
  if (months >= STALE_AFTER_MONTHS) return { unit: 'year', value: Math.floor(months / 12), stale };
  if (date.precision === 'month' || match[3] === undefined)
    return { unit: 'month', value: clamp(months), stale };
  const days = Math.floor((now.getTime() - Date.UTC(year, month - 1, Number(match[3]))) / DAY_MS);
  if (days >= 31) return { unit: 'month', value: clamp(months), stale };
  return { unit: 'day', value: clamp(days), stale };
}

const formatters = new Map<string, Intl.RelativeTimeFormat>();

/** "5 years ago", "last month", "this year", "today": the locale's own words for the age. */
export function formatFuzzyAge(age: FuzzyAge, locale?: string): string {
  const key = locale ?? '';
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    formatters.set(key, format);
  }
  return format.format(-age.value, age.unit);
}
