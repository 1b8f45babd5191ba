import { useEffect, useState } from 'preact/hooks';
import { t } from '../../shared/i18n.ts';
import { writeMyNotes } from '../../shared/my-notes.ts';
import { editSummary, noteRows, removeFact } from '../../shared/my-notes-edits.ts';
import { MY_NOTES_ID } from '../../shared/my-notes-id.ts';
import type { Pack } from '../../shared/pack/pack-schema.ts';
import { openPackStore } from '../../shared/pack-store.ts';
import { NoteRowItem } from './NoteRowItem.tsx';

// An edit neither adds nor changes a name, so the aliases' common-word check (a large word list, run
// when the note was captured) has nothing new to look at; everything else is checked again.
const NO_NEW_NAMES = new Set<string>();

async function withStore<T>(
  task: (store: Awaited<ReturnType<typeof openPackStore>>) => Promise<T>,
): Promise<T> {
  const store = await openPackStore();
  try {
    return await task(store);
  } finally {
    store.close();
  }
}

/** The facts the user captured ("My notes"): edit a summary, delete a fact, undo the delete. */
export function MyNotesSection() {
  const [pack, setPack] = useState<Pack | null | undefined>(undefined);
  const [undo, setUndo] = useState<Pack | null>(null);
  const [notice, setNotice] = useState('');
  const reload = () => withStore((store) => store.get(MY_NOTES_ID)).then((p) => setPack(p ?? null));
  useEffect(() => {
    reload().catch(() => setPack(null));
  }, []);

  const write = async (next: Pack, done: string) => {
    const outcome = await withStore((store) => writeMyNotes(store, next, NO_NEW_NAMES)).catch(
      (error: unknown) => ({ ok: false as const, errors: [String(error)] }),
    );
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
              onSave={(summary) => write(editSummary(pack, row.factId, summary), t('optionsNoteSaved'))}
              onDelete={async () => {
                if (await write(removeFact(pack, row.factId), t('optionsNoteDeleted'))) setUndo(pack);
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
              const previous = undo;
              setUndo(null);
              await write(previous, t('optionsNoteRestored'));
            }}
          >
            {t('optionsNoteUndo')}
          </button>
        )}
      </div>
    </section>
  );
}
