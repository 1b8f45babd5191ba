import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addCapture, type CaptureInput, emptyMyNotes } from '../capture/draft-to-pack.ts';
import { editMyNotes, writeMyNotes } from './my-notes.ts';
import { findNote, type RemovedNote, removeFact, restoreFact } from './my-notes-edits.ts';
import { MY_NOTES_ID } from './my-notes-id.ts';
import { fixturePack } from './pack/fixture-sources.ts';
import type { Pack } from './pack/pack-schema.ts';
import { openPackStore } from './pack-store.ts';

const capture = (alias: string): CaptureInput => ({
  page: {
    quote: 'Acme Widgets opened a plant in Ohio, the company said on Monday.',
    before: '',
    after: '',
    url: 'https://news.example/acme',
    title: 'Acme opens a plant',
    siteName: null,
  },
  company: {
    id: 'acme-widgets',
    name: 'Acme Widgets',
    country: 'US',
    kind: 'company',
    aliases: [{ text: alias, caseSensitive: false }],
  },
  fact: { category: 'event' },
  summary: 'Acme opened a plant in Ohio.',
  date: { value: '2026-12-01', precision: 'day', inferred: false },
  dateBasis: 'Page date.',
  capturedOn: '2026-12-06',
  stamp: 'a',
});

/** A stored pack that names another company "Acme Widgets". */
const rival = (): Pack => {
  const base = fixturePack() as unknown as Pack;
  const [first] = base.companies;
  return {
    ...base,
    header: { ...base.header, id: 'rival', name: 'Rival desk' },
    companies: first
      ? [{ ...first, id: 'acme-holdings', aliases: [{ text: 'Acme Widgets', caseSensitive: false }] }]
      : [],
  };
};

describe('writing My notes', () => {
  it('refuses a name another stored pack gives to another company, naming the pack, and an Undo that would bring one back', async () => {
    const store = await openPackStore();
    try {
      const notes = addCapture(emptyMyNotes('2026-12-06'), capture('Acme Widgets'));
      await expect(writeMyNotes(store, notes, new Set())).resolves.toEqual({ ok: true });
      const [fact] = (await store.get(MY_NOTES_ID))?.companies[0]?.facts ?? [];
      expect(fact).toBeDefined();

      // The note is deleted; then a pack claiming the same name for another company is imported.
      let removed: RemovedNote | undefined;
      await expect(
        editMyNotes((pack) => {
          removed = findNote(pack, fact?.id ?? '');
          return removeFact(pack, fact?.id ?? '');
        }),
      ).resolves.toEqual({ ok: true });
      await store.put(rival(), { enabled: true, importedAt: '2026-12-06T12:00:00Z' });

      // Undo would bring "Acme Widgets" back for acme-widgets, which Rival desk gives acme-holdings.
      const undone = await editMyNotes((pack) => (removed ? restoreFact(pack, removed) : pack));
      expect(undone.ok).toBe(false);
      expect(undone.ok ? '' : undone.errors.join('\n')).toMatch(/Acme Widgets[\s\S]*Rival desk/);
      expect((await store.get(MY_NOTES_ID))?.companies ?? []).toEqual([]);

      // A capture with the same name is refused the same way.
      const again = await writeMyNotes(store, notes, new Set());
      expect(again.ok).toBe(false);
    } finally {
      store.close();
    }
  });
});
