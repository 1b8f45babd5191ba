/**
 * What the fact fields of the capture form hold (FactFields.tsx), to and from a note's records:
 * the kind of fact (a status with its standing, an event, a market note), its summary and its date
 * with precision and the inferred flag. The same fields serve a new capture and an edit.
 */
import type { DatePrecision, FuzzyDate } from '../shared/dataset-types.ts';
import type { NoteChanges } from '../shared/my-notes-edits.ts';
import type { FactSource } from '../shared/pack/source-schema.ts';
import { atPrecision } from './capture-date.ts';

export interface FactFieldsValue {
  category: 'event' | 'market' | 'status';
  level: 'restricted' | 'contested' | 'none';
  label: string;
  summary: string;
  /** `YYYY-MM-DD`, as a date input holds it; cut to `precision` when stored. */
  dateValue: string;
  precision: DatePrecision;
  inferred: boolean;
}

/** The fields as a new capture starts them: an event, with the offered date. */
export function newFactFields(summary: string, date: FuzzyDate): FactFieldsValue {
  return {
    category: 'event',
    level: 'restricted',
    label: '',
    summary,
    dateValue: date.value,
    precision: 'day',
    inferred: date.inferred,
  };
}

/** The fields of a stored fact, for its edit. A business relationship (imported) edits as a market note. */
export function factFieldsOf(fact: FactSource): FactFieldsValue {
  return {
    category: fact.category === 'status' ? 'status' : fact.category === 'event' ? 'event' : 'market',
    level: fact.category === 'status' ? fact.standing.level : 'restricted',
    label: fact.category === 'status' ? fact.standing.label : '',
    summary: fact.summary,
    // A date input needs a whole day: the first of the month or year stands in for a rougher date.
    dateValue: `${fact.date.value}-01-01`.slice(0, 10),
    precision: fact.date.precision,
    inferred: fact.date.inferred,
  };
}

/** What the fields say, as stored. A summary is one line: a line break typed in the box is a space. */
export function noteChangesOf(value: FactFieldsValue): Omit<NoteChanges, 'dateBasis'> {
  return {
    kind:
      value.category === 'status'
        ? { category: 'status', standing: { level: value.level, label: value.label.trim() } }
        : { category: value.category },
    summary: value.summary.replace(/\s+/g, ' ').trim(),
    date: {
      value: atPrecision(value.dateValue, value.precision),
      precision: value.precision,
      inferred: value.inferred,
    },
  };
}
