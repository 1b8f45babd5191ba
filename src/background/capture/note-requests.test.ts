import { IDBFactory } from 'fake-indexeddb';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../../../test/unit-setup/fake-browser.ts';
import { noteCapture } from '../../capture/capture-input-fixture.ts';
import { addCapture, emptyMyNotes } from '../../capture/draft-to-pack.ts';
import { MY_NOTES_ID } from '../../shared/my-notes-id.ts';
import { openPackStore } from '../../shared/pack-store.ts';
import { answerDeleteNote, answerRestoreNote, openNoteEditor } from './note-requests.ts';

const capture = (stamp: string) =>
  noteCapture({
    stamp,
    company: { id: 'zed', name: 'Zed', alias: 'Zedcorp' },
    quote: `Quote ${stamp} says Zedcorp did something.`,
  });

const create = vi.fn(async () => ({}));
const summaries = async () => {
  const store = await openPackStore();
  try {
    return (await store.get(MY_NOTES_ID))?.companies.flatMap((c) => c.facts.map((f) => f.summary)) ?? [];
  } finally {
    store.close();
  }
};

beforeAll(async () => {
  vi.stubGlobal('indexedDB', new IDBFactory());
  Object.assign(fakeBrowser, { tabs: { create } });
  const store = await openPackStore();
  const pack = [capture('a'), capture('b')].reduce(addCapture, emptyMyNotes('2026-12-06'));
  await store.put(pack, { enabled: true, importedAt: '2026-12-06T12:00:00.000Z' });
  store.close();
});

describe('note requests from the card', () => {
  it('deletes a note of My notes and puts it back once on its undo', async () => {
    const answer = await answerDeleteNote({ type: 'delete-note', factId: 'my-notes/note-a' });
    expect(answer?.undo).toMatch(/^[0-9a-f-]{36}$/);
    expect(await summaries()).toEqual(['Summary b.']);
    expect(await answerDeleteNote({ type: 'delete-note', factId: 'my-notes/note-a' })).toBeNull();

    const undo = answer?.undo ?? '';
    expect(await answerRestoreNote({ type: 'restore-note', undo })).toEqual({ restored: true });
    expect((await summaries()).sort()).toEqual(['Summary a.', 'Summary b.']);
    // Used once: the stash is gone with it.
    expect(await answerRestoreNote({ type: 'restore-note', undo })).toEqual({
      restored: false,
      why: 'gone',
    });
  });

  it('acts on My notes only, whatever id it is given', async () => {
    expect(await answerDeleteNote({ type: 'delete-note', factId: 'other-pack/note-a' })).toBeNull();
    expect(await answerDeleteNote({ type: 'delete-note', factId: 'note-a' })).toBeNull();
    expect((await summaries()).sort()).toEqual(['Summary a.', 'Summary b.']);
  });

  it('opens the edit mode of the capture page beside the tab the card is in', async () => {
    const sender = { tab: { id: 4, index: 2 } } as never;
    await openNoteEditor({ type: 'edit-note', factId: 'my-notes/note-b' }, sender);
    await openNoteEditor({ type: 'edit-note', factId: 'acme/note-b' }, sender);
    expect(create).toHaveBeenCalledTimes(1);
    expect(create).toHaveBeenCalledWith({
      url: expect.stringMatching(/src\/capture\/index\.html\?edit=note-b$/),
      index: 3,
      openerTabId: 4,
    });
  });

  it('says which name stops an undo when a pack stored since gives it to another company', async () => {
    const undoA = (await answerDeleteNote({ type: 'delete-note', factId: 'my-notes/note-a' }))?.undo;
    // Without its last note the company leaves "My notes", and "Zedcorp" is free for another pack.
    expect(await answerDeleteNote({ type: 'delete-note', factId: 'my-notes/note-b' })).not.toBeNull();
    const rival = [capture('r')].reduce(addCapture, emptyMyNotes('2026-12-06'));
    const company = { ...(rival.companies[0] as (typeof rival.companies)[number]), id: 'zed-holdings' };
    const store = await openPackStore();
    const header = { ...rival.header, id: 'rival-desk', name: 'Rival desk' };
    await store.put(
      { ...rival, header, companies: [company] },
      { enabled: true, importedAt: '2026-12-06T13:00:00.000Z' },
    );
    store.close();
    expect(await answerRestoreNote({ type: 'restore-note', undo: undoA ?? '' })).toEqual({
      restored: false,
      why: 'name-taken',
      alias: 'Zedcorp',
      packName: 'Rival desk',
    });
    expect(await summaries()).toEqual([]);
  });
});
