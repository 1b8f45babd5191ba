import { describe, expect, it } from 'vitest';
import type { FactSource } from '../shared/pack/source-schema.ts';
import { factFieldsOf, newFactFields, noteChangesOf } from './fact-fields-value.ts';

const status: FactSource = {
  id: 'note-1',
  category: 'status',
  standing: { level: 'contested', label: 'Under review' },
  summary: 'A status.',
  date: { value: '2024-05', precision: 'month', inferred: true },
  article: 'capture-1',
  quote: 'Quote.',
};

describe('fact fields', () => {
  it('read a stored status and give it back unchanged', () => {
    const fields = factFieldsOf(status);
    expect(fields).toMatchObject({ category: 'status', level: 'contested', dateValue: '2024-05-01' });
    expect(noteChangesOf(fields)).toEqual({
      kind: { category: 'status', standing: { level: 'contested', label: 'Under review' } },
      summary: 'A status.',
      date: { value: '2024-05', precision: 'month', inferred: true },
    });
  });

  it('fill a year-precise date to a whole day for the date input', () => {
    expect(
      factFieldsOf({ ...status, date: { value: '2021', precision: 'year', inferred: false } }).dateValue,
    ).toBe('2021-01-01');
  });

  it('store an event without a standing, a summary on one line, the date cut to its precision', () => {
    const fields = {
      ...newFactFields('Two\nlines ', { value: '2024-05-16', precision: 'day', inferred: false }),
    };
    expect(noteChangesOf({ ...fields, label: 'ignored', precision: 'year' })).toEqual({
      kind: { category: 'event' },
      summary: 'Two lines',
      date: { value: '2024', precision: 'year', inferred: false },
    });
  });

  it('edit an imported business relationship as a market note', () => {
    expect(factFieldsOf({ ...status, category: 'relationship' } as FactSource).category).toBe('market');
  });
});
