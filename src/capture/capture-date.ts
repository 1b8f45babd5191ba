/**
 * The date a captured fact is offered: the page's own publication date where its metadata gives
 * one, saying where it came from, else the day of capture, marked as inferred and as such.
 */
import type { SelectionReading } from '../shared/capture-draft.ts';
import type { DatePrecision, FuzzyDate } from '../shared/dataset-types.ts';

type Reading = Extract<SelectionReading, { ok: true }>;

export interface OfferedDate {
  date: FuzzyDate;
  /** The message key of what it rests on; the page's source fills `$1`. */
  basisKey: 'captureDateFromPage' | 'captureDateOfCapture';
  source: string | null;
}

export function offeredDate(reading: Reading, capturedOn: string): OfferedDate {
  const published = reading.publishedDate;
  return published
    ? {
        date: { value: published.value, precision: 'day', inferred: false },
        basisKey: 'captureDateFromPage',
        source:
          published.source === 'json-ld'
            ? 'JSON-LD datePublished'
            : published.source === 'time'
              ? '<time datetime>'
              : published.source,
      }
    : {
        date: { value: capturedOn, precision: 'day', inferred: true },
        basisKey: 'captureDateOfCapture',
        source: null,
      };
}

/** `value` cut to what `precision` says is known: `2024-05-16` at month precision is `2024-05`. */
export function atPrecision(value: string, precision: DatePrecision): string {
  return value.slice(0, precision === 'year' ? 4 : precision === 'month' ? 7 : 10);
}
