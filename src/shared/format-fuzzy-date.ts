import type { FuzzyDate } from './dataset-types.ts';

/**
 * Dates in the dataset carry only as much as the source says ("2021", "2021-03", "2021-03-15"), so
 * each is shown at its own precision: printing "1 Mar 2021" for a month-only date would invent a day.
 * UTC throughout, so a reader west of Greenwich does not see the previous day or month.
 */
const OPTIONS: Record<FuzzyDate['precision'], Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'short', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string | undefined, precision: FuzzyDate['precision']): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${precision}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, OPTIONS[precision]);
    formatters.set(key, f);
  }
  return f;
}

/** The parts a value of the given precision must have; anything else is malformed. */
const PATTERN: Record<FuzzyDate['precision'], RegExp> = {
  year: /^(\d{4})$/,
  month: /^(\d{4})-(\d{2})$/,
  day: /^(\d{4})-(\d{2})-(\d{2})$/,
};

/** A fuzzy date for display, e.g. "2021", "Mar 2021", "Mar 15, 2021". A malformed value is shown as stored. */
export function formatFuzzyDate(date: FuzzyDate, locale?: string): string {
  const match = PATTERN[date.precision]?.exec(date.value);
  if (!match) return date.value;
  const [, y, m = '01', d = '01'] = match;
  const time = Date.UTC(Number(y), Number(m) - 1, Number(d));
  const parsed = new Date(time);
  // Date.UTC rolls "2021-02-30" over into March; such a value is malformed, not a March date.
  if (parsed.getUTCMonth() !== Number(m) - 1 || parsed.getUTCDate() !== Number(d)) return date.value;
  return formatter(locale, date.precision).format(time);
}

/** Orders fuzzy dates newest first. ISO prefixes compare as strings; a coarser date sorts as the earliest in its span. */
export function compareNewestFirst(a: FuzzyDate, b: FuzzyDate): number {
  return a.value < b.value ? 1 : a.value > b.value ? -1 : 0;
}

/** The mark every inferred date carries, everywhere we show one; the card and the reader explain it. */
export const INFERRED_MARK = '~';

/** A fuzzy date for display with its inferred mark, e.g. "~Mar 2021" (inferred) or "Mar 15, 2021". */
export function formatMarkedDate(date: FuzzyDate, locale?: string): string {
  return `${date.inferred ? INFERRED_MARK : ''}${formatFuzzyDate(date, locale)}`;
}
