import { useEffect, useState } from 'preact/hooks';
import { ext } from '../../shared/browser.ts';
import { noteEditorPath } from '../../shared/capture-page-url.ts';
import { t } from '../../shared/i18n.ts';
import { editMyNotes } from '../../shared/my-notes.ts';
import {
  findNote,
  noteRows,
  type RemovedNote,
  removeFact,
  restoreFact,
} from '../../shared/my-notes-edits.ts';
import { MY_NOTES_ID } from '../../shared/my-notes-id.ts';
import type { Pack } from '../../shared/pack/pack-schema.ts';
import { openPackStore, PACKS_REVISION_KEY } from '../../shared/pack-store.ts';
import { NoteRowItem } from './NoteRowItem.tsx';

async function readMyNotes(): Promise<Pack | null> {
  const store = await openPackStore();
  try {
    return (await store.get(MY_NOTES_ID)) ?? null;
  } finally {
    store.close();
  }
}

/**
 * The facts the user captured ("My notes"): edit one (the capture page's edit mode, in a tab that
 * closes on save), delete one, undo the delete. The list follows every change of the store, from
 * here, the editor or a card.
 */
export function MyNotesSection() {
  const [pack, setPack] = useState<Pack | null | undefined>(undefined);
  const [undo, setUndo] = useState<RemovedNote | null>(null);
  const [notice, setNotice] = useState('');
  const reload = () => readMyNotes().then(setPack, () => setPack(null));
  useEffect(() => {
    reload();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && PACKS_REVISION_KEY in changes) reload();
    };
    ext.storage.onChanged.addListener(onChanged);
    return () => ext.storage.onChanged.removeListener(onChanged);
  }, []);

  // Each edit applies to the pack as stored now, so a change made elsewhere meanwhile stays.
  const write = async (change: (pack: Pack) => Pack, done: string) => {
    const outcome = await editMyNotes(change).catch((error: unknown) => ({
      ok: false as const,
      errors: [String(error)],
    }));
    setNotice(outcome.ok ? done : t('optionsNotesFailed', outcome.errors.join('; ')));
    await reload();
    return outcome.ok;
  };

  const rows = pack ? noteRows(pack) : [];
  return (
    <section class="panel my-notes" aria-labelledby="notes-heading">
      <div class="field">
        <h2 class="field-label" id="notes-heading">
          {t('optionsNotes')}
        </h2>
        <p class="field-hint">{t('optionsNotesIntro')}</p>
      </div>
      {pack !== undefined && rows.length === 0 && <p class="field-hint">{t('optionsNotesEmpty')}</p>}
      <ul class="note-list" id="note-list" aria-busy={pack === undefined}>
        {pack &&
          rows.map((row) => (
            <NoteRowItem
              key={row.factId}
              row={row}
              onEdit={() => void ext.tabs.create({ url: ext.runtime.getURL(noteEditorPath(row.factId)) })}
              onDelete={async () => {
                const removed = findNote(pack, row.factId);
                if (!removed) return;
                if (await write((p) => removeFact(p, row.factId), t('optionsNoteDeleted'))) setUndo(removed);
              }}
            />
          ))}
      </ul>
      <div class="note-status">
        <p role="status" id="notes-notice">
          {notice}
        </p>
        {undo && (
          <button
            type="button"
            id="note-undo"
            class="secondary"
            onClick={async () => {
              const removed = undo;
              setUndo(null);
              await write((p) => restoreFact(p, removed), t('optionsNoteRestored'));
            }}
          >
            {t('optionsNoteUndo')}
          </button>
        )}
      </div>
    </section>
  );
}
