import { useEffect, useState } from 'preact/hooks';
import { t } from '../../shared/i18n.ts';
import { editMyNotes } from '../../shared/my-notes.ts';
import { editFact, findNote, type RemovedNote, splitDateBasis } from '../../shared/my-notes-edits.ts';
import { MY_NOTES_ID } from '../../shared/my-notes-id.ts';
import { openPackStore } from '../../shared/pack-store.ts';
import { closeThisTab } from '../close-this-tab.ts';
import { type FactFieldsValue, factFieldsOf, noteChangesOf } from '../fact-fields-value.ts';
import { FactFields } from './FactFields.tsx';

type State =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'ready'; note: RemovedNote }
  | { kind: 'saved' };

async function readNote(factId: string): Promise<RemovedNote | undefined> {
  const store = await openPackStore();
  try {
    const pack = await store.get(MY_NOTES_ID);
    return pack ? findNote(pack, factId) : undefined;
  } finally {
    store.close();
  }
}

/**
 * The capture page's edit mode, for a fact of "My notes" (opened from its card or the options): what
 * the fact says can change, what it rests on cannot. Saved, the tab closes and the browser goes back
 * to the page it was opened from, where the card shows the change.
 */
export function EditNote({ factId }: { factId: string }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    readNote(factId).then(
      (note) => setState(note ? { kind: 'ready', note } : { kind: 'missing' }),
      () => setState({ kind: 'missing' }),
    );
  }, [factId]);
  return (
    <>
      {state.kind === 'loading' && <p aria-busy="true">{t('captureLoading')}</p>}
      {state.kind === 'missing' && <p role="alert">{t('editNoteMissing')}</p>}
      {state.kind === 'ready' && <EditForm note={state.note} onSaved={() => setState({ kind: 'saved' })} />}
      {state.kind === 'saved' && (
        <p class="capture-saved" role="status">
          {t('editNoteSaved')}
        </p>
      )}
    </>
  );
}

function EditForm({ note, onSaved }: { note: RemovedNote; onSaved(): void }) {
  const { fact, article, company } = note;
  const original = factFieldsOf(fact);
  const [fields, setFields] = useState<FactFieldsValue>(original);
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const { basis, capturedOn } = splitDateBasis(article?.dateBasis ?? '');
  const dateChanged =
    fields.dateValue !== original.dateValue ||
    fields.precision !== original.precision ||
    fields.inferred !== original.inferred;

  const submit = async (event: Event) => {
    event.preventDefault();
    setErrors([]);
    setBusy(true);
    const changes = {
      ...noteChangesOf(fields),
      ...(dateChanged ? { dateBasis: t('captureDateEdited') } : {}),
    };
    const outcome = await editMyNotes((pack) => editFact(pack, fact.id, changes)).catch((error: unknown) => ({
      ok: false as const,
      errors: [String(error)],
    }));
    setBusy(false);
    if (!outcome.ok) return setErrors(outcome.errors);
    onSaved();
    await closeThisTab().catch(() => false);
  };

  return (
    <form class="capture-form edit-note-form" onSubmit={submit} aria-busy={busy}>
      <figure class="capture-quote">
        <blockquote>{fact.quote}</blockquote>
        <figcaption>
          {article?.publisher ? `${article.headline} · ${article.publisher}` : article?.headline}
          {article?.url ? (
            <>
              <br />
              <span class="capture-url">{article.url}</span>
            </>
          ) : null}
          {capturedOn ? (
            <>
              <br />
              <span class="edit-captured-on">{t('editNoteCapturedOn', capturedOn)}</span>
            </>
          ) : null}
        </figcaption>
      </figure>
      <p class="capture-date-basis">{t('editNoteEvidence')}</p>
      <p class="edit-company">
        {t('captureCompany')}: <strong>{company.name}</strong>
      </p>

      <FactFields value={fields} onChange={setFields} basis={dateChanged ? t('captureDateEdited') : basis} />

      {errors.length > 0 && (
        <ul class="capture-errors" role="alert">
          {errors.map((error) => (
            <li>{error}</li>
          ))}
        </ul>
      )}
      <div class="capture-buttons">
        <button type="submit" class="primary" id="capture-save" disabled={busy}>
          {t('editNoteSave')}
        </button>
        <button
          type="button"
          class="secondary"
          id="edit-cancel"
          onClick={() => void closeThisTab().catch(() => false)}
        >
          {t('editNoteCancel')}
        </button>
      </div>
    </form>
  );
}
