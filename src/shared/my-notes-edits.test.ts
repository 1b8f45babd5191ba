import { describe, expect, it } from 'vitest';
import { noteCapture } from '../capture/capture-input-fixture.ts';
import { addCapture, emptyMyNotes } from '../capture/draft-to-pack.ts';
import { editFact, findNote, noteRows, removeFact, restoreFact, splitDateBasis } from './my-notes-edits.ts';
import { validatePack } from './pack/validate-pack.ts';

const capture = (stamp: string, companyId: string, date: string) =>
  noteCapture({
    stamp,
    company: { id: companyId, name: companyId.toUpperCase(), alias: `${companyId}corp` },
    quote: `Quote number ${stamp} says something about ${companyId}.`,
    date,
  });

const pack = [
  capture('a', 'zed', '2024-01-01'),
  capture('b', 'zed', '2024-03-01'),
  capture('c', 'yon', '2023-01-01'),
].reduce(addCapture, emptyMyNotes('2026-12-06'));
const valid = (p: typeof pack) => validatePack(p, { commonWords: new Set() }).errors;

describe('My notes edits', () => {
  it('lists every fact newest first', () => {
    expect(noteRows(pack).map((r) => `${r.companyName}:${r.summary}`)).toEqual([
      'ZED:Summary b.',
      'ZED:Summary a.',
      'YON:Summary c.',
    ]);
  });
  it('removes a fact and its article; a company without facts goes; still a valid pack', () => {
    const once = removeFact(pack, 'note-b');
    expect(noteRows(once).map((r) => r.factId)).toEqual(['note-a', 'note-c']);
    expect(once.articles.map((a) => a.id)).toEqual(['capture-a', 'capture-c']);
    const twice = removeFact(once, 'note-c');
    expect(twice.companies.map((c) => c.id)).toEqual(['zed']);
    expect(valid(twice)).toEqual([]);
    expect(twice.header.version).not.toBe(pack.header.version);
  });
  it('edits a summary, leaving the rest as it was', () => {
    const before = findNote(pack, 'note-a');
    if (!before) throw new Error('note-a is in the pack');
    const edited = editFact(pack, 'note-a', {
      kind: { category: 'event' },
      summary: 'A better summary.',
      date: before.fact.date,
    });
    expect(findNote(edited, 'note-a')).toEqual({
      ...before,
      fact: { ...before.fact, summary: 'A better summary.' },
    });
    expect(noteRows(pack).find((r) => r.factId === 'note-a')?.summary).toBe('Summary a.');
    expect(valid(edited)).toEqual([]);
  });
});

describe('My notes: a fact edited whole, taken out and put back', () => {
  const changes = {
    kind: { category: 'status', standing: { level: 'contested', label: 'Under review' } },
    summary: 'Now a status.',
    date: { value: '2024-02', precision: 'month', inferred: true },
    dateBasis: 'Date set by you.',
  } as const;

  it('changes kind, summary and date; keeps quote, article and capture day; still a valid pack', () => {
    const edited = editFact(pack, 'note-a', changes);
    const note = findNote(edited, 'note-a');
    expect(note?.fact).toEqual({
      id: 'note-a',
      article: 'capture-a',
      quote: 'Quote number a says something about zed.',
      category: 'status',
      standing: { level: 'contested', label: 'Under review' },
      summary: 'Now a status.',
      date: { value: '2024-02', precision: 'month', inferred: true },
    });
    expect(note?.article?.date).toEqual(changes.date);
    expect(note?.article?.dateBasis).toBe(
      'Date set by you. Captured on 2026-12-06 from https://news.example/a',
    );
    expect(findNote(pack, 'note-a')?.fact.summary).toBe('Summary a.');
    expect(valid(edited)).toEqual([]);
  });

  it('turns a status back into an event, without a standing', () => {
    const status = editFact(pack, 'note-a', changes);
    const event = editFact(status, 'note-a', { ...changes, kind: { category: 'event' } });
    expect(findNote(event, 'note-a')?.fact).not.toHaveProperty('standing');
    expect(valid(event)).toEqual([]);
  });

  it('leaves the pack as it was for a fact it does not hold', () => {
    expect(editFact(pack, 'note-zz', changes)).toBe(pack);
    expect(findNote(pack, 'note-zz')).toBeUndefined();
  });

  it('puts a removed fact back with its article, and its company when that went too', () => {
    const removed = findNote(pack, 'note-c');
    if (!removed) throw new Error('note-c is in the pack');
    const without = removeFact(pack, 'note-c');
    expect(without.companies.map((c) => c.id)).toEqual(['zed']);
    const back = restoreFact(without, removed);
    expect(noteRows(back)).toEqual(noteRows(pack));
    expect(back.articles.map((a) => a.id).sort()).toEqual(pack.articles.map((a) => a.id).sort());
    expect(valid(back)).toEqual([]);
    // An edit made since the delete stays; restoring twice adds nothing.
    const editedSince = editFact(without, 'note-a', {
      kind: { category: 'event' },
      summary: 'Edited since.',
      date: { value: '2024-01-01', precision: 'day', inferred: false },
    });
    const restored = restoreFact(editedSince, removed);
    expect(findNote(restored, 'note-a')?.fact.summary).toBe('Edited since.');
    expect(restoreFact(restored, removed)).toBe(restored);
  });
});

describe('splitDateBasis', () => {
  it('tells what a captured date rests on from the day of capture', () => {
    expect(splitDateBasis('Page date. Captured on 2026-12-06 from https://news.example/a')).toEqual({
      basis: 'Page date.',
      capturedOn: '2026-12-06',
    });
    expect(splitDateBasis('printed')).toEqual({ basis: 'printed', capturedOn: null });
  });
});
