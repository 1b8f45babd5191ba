import { useMemo, useState } from 'preact/hooks';
import type { Company, Fact } from '../../shared/dataset-types.ts';
import type { RestoreNoteAnswer } from '../../shared/messages.ts';
import { noteFactId } from '../../shared/my-notes-id.ts';
import type { SourceActions } from './card-actions.ts';

export type NoteRemoval =
  | { state: 'idle' }
  /** The company's only fact, and a note: deleting it removes the company, so the card asks first. */
  | { state: 'confirm'; fact: Fact }
  /** Deleted: hidden from the card at once (its new records follow), with the undo it offers. */
  | { state: 'deleted'; factId: string; undo: string }
  | { state: 'restored' }
  | { state: 'failed'; what: 'delete'; factId?: undefined }
  /** Still deleted: `answer` says why the Undo could not put it back. */
  | {
      state: 'failed';
      what: 'undo';
      factId: string;
      answer: Extract<RestoreNoteAnswer, { restored: false }>;
    };

/**
 * A company the user named exists only through their notes: without its last one it goes, with its
 * names, and the tab stops marking them, which closes this card and its Undo with it.
 */
const removesCompany = (company: Company, fact: Fact) =>
  company.facts.length === 1 && company.facts[0]?.id === fact.id && noteFactId(fact.id) !== null;

/**
 * A card's delete of a note and its undo: the deleted fact leaves the card at once, and Undo stays
 * offered until the card closes or another delete replaces it. A delete that would remove the
 * company too is confirmed first, as no Undo could be offered. The actions handed down to the facts
 * are the card's own, with `deleteNote` going through here.
 */
export function useNoteRemoval(
  actions: SourceActions,
  company: Company,
): {
  removal: NoteRemoval;
  actions: SourceActions;
  confirm(): void;
  cancel(): void;
  undo(): void;
} {
  const [removal, setRemoval] = useState<NoteRemoval>({ state: 'idle' });
  const remove = async (fact: Fact) => {
    const undo = (await actions.deleteNote?.(fact)) ?? null;
    setRemoval(undo ? { state: 'deleted', factId: fact.id, undo } : { state: 'failed', what: 'delete' });
    return undo;
  };
  const wrapped = useMemo<SourceActions>(() => {
    if (!actions.deleteNote) return actions;
    return {
      ...actions,
      async deleteNote(fact: Fact) {
        if (!removesCompany(company, fact)) return remove(fact);
        setRemoval({ state: 'confirm', fact });
        return null;
      },
    };
  }, [actions, company]);
  const undo = () => {
    if (removal.state !== 'deleted' || !actions.restoreNote) return;
    const { undo: id, factId } = removal;
    const refused = { restored: false, why: 'refused' } as const;
    actions.restoreNote(id).then(
      (answer) =>
        setRemoval(
          answer.restored ? { state: 'restored' } : { state: 'failed', what: 'undo', factId, answer },
        ),
      () => setRemoval({ state: 'failed', what: 'undo', factId, answer: refused }),
    );
  };
  return {
    removal,
    actions: wrapped,
    confirm: () => void (removal.state === 'confirm' && remove(removal.fact)),
    cancel: () => setRemoval({ state: 'idle' }),
    undo,
  };
}
