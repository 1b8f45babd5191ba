/**
 * The card's requests about a fact of "My notes", sent to the background: edit it (in the capture
 * page's edit mode), delete it, undo the delete. The background accepts them for "My notes" only
 * (the schemas in messages.ts), so a page that drove the card could not touch any other fact.
 */
import { askBackground, notifyBackground } from '../shared/messages.ts';
import type { NoteRequests } from './card/card-actions.ts';

export const noteRequests: NoteRequests = {
  editNote: (fact) => void notifyBackground({ type: 'edit-note', factId: fact.id }).catch(() => {}),
  deleteNote: (fact) =>
    askBackground({ type: 'delete-note', factId: fact.id }).then(
      (answer) => answer?.undo ?? null,
      () => null,
    ),
  restoreNote: (undo) =>
    askBackground({ type: 'restore-note', undo }).catch(() => ({ restored: false, why: 'refused' }) as const),
};
