import { describe, expect, it } from 'vitest';
import { addCapture, type CaptureInput, emptyMyNotes } from '../capture/draft-to-pack.ts';
import { validatePack } from '../shared/pack/validate-pack.ts';
import { editSummary, noteRows, removeFact } from './my-notes-edits.ts';

const capture = (stamp: string, companyId: string, date: string): CaptureInput => ({
  page: {
    quote: `Quote number ${stamp} says something about ${companyId}.`,
    before: '',
    after: '',
    url: `https://news.example/${stamp}`,
    title: `Story ${stamp}`,
    siteName: null,
  },
  company: {
    id: companyId,
    name: companyId.toUpperCase(),
    country: 'CN',
    kind: 'company',
    aliases: [{ text: `${companyId}corp`, caseSensitive: false }],
  },
  fact: { category: 'event' },
  summary: `Summary ${stamp}.`,
  date: { value: date, precision: 'day', inferred: false },
  dateBasis: 'Page date.',
  capturedOn: '2026-12-06',
  stamp,
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
    const edited = editSummary(pack, 'note-a', 'A better summary.');
    expect(noteRows(edited).find((r) => r.factId === 'note-a')?.summary).toBe('A better summary.');
    expect(noteRows(pack).find((r) => r.factId === 'note-a')?.summary).toBe('Summary a.');
    expect(valid(edited)).toEqual([]);
  });
});
