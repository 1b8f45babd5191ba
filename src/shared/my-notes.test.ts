import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { captureInput } from '../capture/capture-input-fixture.ts';
import { addCapture, emptyMyNotes } from '../capture/draft-to-pack.ts';
import { editMyNotes, writeMyNotes } from './my-notes.ts';
import { findNote, type RemovedNote, removeFact, restoreFact } from './my-notes-edits.ts';
import { MY_NOTES_ID } from './my-notes-id.ts';
import { fixturePack } from './pack/fixture-sources.ts';
import type { Pack } from './pack/pack-schema.ts';
import { openPackStore } from './pack-store.ts';

/** A capture about Acme Widgets, named `alias`. */
const capture = (alias: string) =>
  captureInput({
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
    summary: 'Acme opened a plant in Ohio.',
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

afterEach(() => vi.unstubAllGlobals());

/** A Web Locks manager as the spec has it for one name at a time: requests run in turn. */
function fifoLocks() {
  const tails = new Map<string, Promise<unknown>>();
  return {
    request<T>(name: string, task: () => Promise<T>): Promise<T> {
      const run = (tails.get(name) ?? Promise.resolve()).then(task);
      tails.set(
        name,
        run.catch(() => undefined),
      );
      return run;
    },
  };
}

describe('writing My notes', () => {
  it('applies two changes made at once one after the other, losing neither', async () => {
    vi.stubGlobal('navigator', { locks: fifoLocks() });
    const store = await openPackStore();
    try {
      const notes = ['a', 'b', 'c'].reduce(
        (pack, stamp) => addCapture(pack, { ...capture('Acme Widgets'), stamp }),
        emptyMyNotes('2026-12-06'),
      );
      await expect(writeMyNotes(store, notes, new Set())).resolves.toEqual({ ok: true });
      const ids = (await store.get(MY_NOTES_ID))?.companies[0]?.facts.map((f) => f.id) ?? [];
      expect(ids).toHaveLength(3);
      // The card deletes one fact while the options page deletes another.
      const outcomes = await Promise.all([
        editMyNotes((pack) => removeFact(pack, ids[0] ?? '')),
        editMyNotes((pack) => removeFact(pack, ids[1] ?? '')),
      ]);
      expect(outcomes).toEqual([{ ok: true }, { ok: true }]);
      expect((await store.get(MY_NOTES_ID))?.companies[0]?.facts.map((f) => f.id)).toEqual([ids[2]]);
    } finally {
      store.close();
    }
  });

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
