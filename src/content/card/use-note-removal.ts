import { useMemo, useState } from 'preact/hooks';
import type { Fact } from '../../shared/dataset-types.ts';
import type { SourceActions } from './card-actions.ts';

export type NoteRemoval =
  | { state: 'idle' }
  /** Deleted: hidden from the card at once (its new records follow), with the undo it offers. */
  | { state: 'deleted'; factId: string; undo: string }
  | { state: 'restored' }
  | { state: 'failed'; what: 'delete' | 'undo' };

/**
 * A card's delete of a note and its undo: the deleted fact leaves the card at once, and Undo stays
 * offered until the card closes or another delete replaces it. The actions handed down to the facts
 * are the card's own, with `deleteNote` going through here.
 */
export function useNoteRemoval(actions: SourceActions): {
  removal: NoteRemoval;
  actions: SourceActions;
  undo(): void;
} {
  const [removal, setRemoval] = useState<NoteRemoval>({ state: 'idle' });
  const wrapped = useMemo<SourceActions>(() => {
    const deleteNote = actions.deleteNote;
    if (!deleteNote) return actions;
    return {
      ...actions,
      async deleteNote(fact: Fact) {
        const undo = await deleteNote(fact);
        setRemoval(undo ? { state: 'deleted', factId: fact.id, undo } : { state: 'failed', what: 'delete' });
        return undo;
      },
    };
  }, [actions]);
  const undo = () => {
    if (removal.state !== 'deleted' || !actions.restoreNote) return;
    const { undo: id } = removal;
    actions.restoreNote(id).then(
      (ok) => setRemoval(ok ? { state: 'restored' } : { state: 'failed', what: 'undo' }),
      () => setRemoval({ state: 'failed', what: 'undo' }),
    );
  };
  return { removal, actions: wrapped, undo };
}
