import { useEffect, useRef } from 'preact/hooks';
import { useText } from './card-text.ts';
import type { NoteRemoval } from './use-note-removal.ts';

/**
 * Says what became of a deleted note, and offers Undo right after the delete. Undo takes the focus
 * the Delete button had (it left with its fact), so the keyboard stays in the card.
 */
export function NoteRemovalStatus({ removal, onUndo }: { removal: NoteRemoval; onUndo(): void }) {
  const t = useText();
  const undoRef = useRef<HTMLButtonElement>(null);
  const deleted = removal.state === 'deleted';
  useEffect(() => {
    if (deleted) undoRef.current?.focus({ preventScroll: true });
  }, [deleted]);
  const text =
    removal.state === 'deleted'
      ? t('cardNoteDeleted')
      : removal.state === 'restored'
        ? t('cardNoteRestored')
        : removal.state === 'failed'
          ? t(removal.what === 'delete' ? 'cardNoteDeleteFailed' : 'cardNoteUndoFailed')
          : '';
  // Always there, empty when idle: a live region shown only with its text may not be announced.
  return (
    <p class="note-status" role="status">
      {text === '' ? null : <span>{text}</span>}
      {deleted ? (
        <>
          {' '}
          <button type="button" class="link note-undo" ref={undoRef} onClick={onUndo}>
            {t('cardNoteUndo')}
          </button>
        </>
      ) : null}
    </p>
  );
}
