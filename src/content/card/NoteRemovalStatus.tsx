import { useEffect, useRef } from 'preact/hooks';
import type { RestoreNoteAnswer } from '../../shared/messages.ts';
import { type Translate, useText } from './card-text.ts';
import type { NoteRemoval } from './use-note-removal.ts';

interface Props {
  removal: NoteRemoval;
  companyName: string;
  onConfirm(): void;
  onCancel(): void;
  onUndo(): void;
}

/** Why an Undo did not restore the note, in the reader's terms: a name now taken says whose. */
function undoFailure(t: Translate, answer: Extract<RestoreNoteAnswer, { restored: false }>): string {
  if (answer.why === 'name-taken') return t('cardNoteUndoNameTaken', [answer.alias, answer.packName]);
  return t(answer.why === 'gone' ? 'cardNoteUndoGone' : 'cardNoteUndoFailed');
}

/**
 * Says what became of a deleted note, and offers Undo right after the delete; asks first when the
 * delete would remove the company. Its buttons take the focus (the Delete button leaves with its
 * fact; Cancel is the safe choice of the two), so the keyboard stays in the card.
 */
export function NoteRemovalStatus({ removal, companyName, onConfirm, onCancel, onUndo }: Props) {
  const t = useText();
  const focusRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (removal.state === 'deleted' || removal.state === 'confirm') {
      focusRef.current?.focus({ preventScroll: true });
    }
  }, [removal.state]);
  const text =
    removal.state === 'deleted'
      ? t('cardNoteDeleted')
      : removal.state === 'confirm'
        ? t('cardNoteDeleteCompany', companyName)
        : removal.state === 'restored'
          ? t('cardNoteRestored')
          : removal.state === 'failed'
            ? removal.what === 'delete'
              ? t('cardNoteDeleteFailed')
              : undoFailure(t, removal.answer)
            : '';
  // Always there, empty when idle: a live region shown only with its text may not be announced.
  return (
    <p class="note-status" role="status">
      {text === '' ? null : <span>{text}</span>}
      {removal.state === 'deleted' ? (
        <>
          {' '}
          <button type="button" class="link note-undo" ref={focusRef} onClick={onUndo}>
            {t('cardNoteUndo')}
          </button>
        </>
      ) : null}
      {removal.state === 'confirm' ? (
        <span class="note-confirm">
          <button type="button" class="link note-confirm-delete" onClick={onConfirm}>
            {t('cardNoteDelete')}
          </button>
          <button type="button" class="link note-cancel" ref={focusRef} onClick={onCancel}>
            {t('cardNoteCancel')}
          </button>
        </span>
      ) : null}
    </p>
  );
}
