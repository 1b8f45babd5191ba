import { formatFuzzyDate } from '../shared/format-fuzzy-date.ts';
import { t } from '../shared/i18n.ts';
import type { PackSummary } from '../shared/pack-store.ts';

/**
 * The line under a pack's name: "11 companies · 39 facts · Mar 2018 to Mar 2021". Fact dates have
 * their own precision ("2021", "2021-03", "2021-03-15"), each shown at it, never inventing a day.
 */
export function packSummaryText(
  summary: Pick<PackSummary, 'companyCount' | 'factCount' | 'dateRange'>,
  locale?: string,
): string {
  const parts = [
    countText(summary.companyCount, 'optionsPackCompany', 'optionsPackCompanies', locale),
    countText(summary.factCount, 'optionsPackFact', 'optionsPackFacts', locale),
  ];
  if (summary.dateRange) {
    const from = dateText(summary.dateRange.from, locale);
    const to = dateText(summary.dateRange.to, locale);
    parts.push(from === to ? from : t('optionsPackDateRange', [from, to]));
  }
  return parts.join(' · ');
}

function countText(count: number, one: string, other: string, locale?: string): string {
  const key = new Intl.PluralRules(locale).select(count) === 'one' ? one : other;
  return t(key, new Intl.NumberFormat(locale).format(count));
}

function dateText(value: string, locale?: string): string {
  const precision = value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day';
  return formatFuzzyDate({ value, precision, inferred: false }, locale);
}

/** "Checking 42,000 of 100,000 records" for the import's progress text. */
export function progressText(done: number, total: number, locale?: string): string {
  const format = new Intl.NumberFormat(locale);
  return t('optionsPackChecking', [format.format(done), format.format(total)]);
}
