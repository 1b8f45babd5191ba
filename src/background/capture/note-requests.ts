/**
 * What the card may ask about the user's own notes: open one in the capture page's edit mode, delete
 * one, undo that delete. The message schemas (messages.ts) already limit the ids to "My notes"; this
 * module acts on that pack only. A deleted note waits for its undo in `storage.session`, so a service
 * worker stopped in between still has it, and it goes with the browser session.
 * https://developer.chrome.com/docs/extensions/reference/api/storage#property-session
 */
import { ext, type Runtime } from '../../shared/browser.ts';
import { noteEditorPath } from '../../shared/capture-page-url.ts';
import type { BackgroundNotice, BackgroundRequest, BackgroundResponses } from '../../shared/messages.ts';
import { editMyNotes } from '../../shared/my-notes.ts';
import { findNote, type RemovedNote, removeFact, restoreFact } from '../../shared/my-notes-edits.ts';
import { noteFactId } from '../../shared/my-notes-id.ts';

const undoKey = (id: string) => `note-undo:${id}`;

export async function answerDeleteNote(
  request: Extract<BackgroundRequest, { type: 'delete-note' }>,
): Promise<BackgroundResponses['delete-note']> {
  const factId = noteFactId(request.factId);
  if (factId === null) return null;
  let removed: RemovedNote | undefined;
  const outcome = await editMyNotes((pack) => {
    removed = findNote(pack, factId);
    return removed ? removeFact(pack, factId) : pack;
  });
  if (!outcome.ok || !removed) return null;
  const undo = crypto.randomUUID();
  await ext.storage.session.set({ [undoKey(undo)]: removed });
  return { undo };
}

export async function answerRestoreNote(
  request: Extract<BackgroundRequest, { type: 'restore-note' }>,
): Promise<BackgroundResponses['restore-note']> {
  const key = undoKey(request.undo);
  // Written by `answerDeleteNote` from a checked pack; `editMyNotes` checks the result again.
  const removed = (await ext.storage.session.get(key))[key] as RemovedNote | undefined;
  if (!removed) return { restored: false, why: 'gone' };
  const outcome = await editMyNotes((pack) => restoreFact(pack, removed as RemovedNote));
  if (outcome.ok) {
    await ext.storage.session.remove(key);
    return { restored: true };
  }
  const taken = outcome.taken?.[0];
  if (taken) return { restored: false, why: 'name-taken', ...taken };
  return { restored: false, why: outcome.missing ? 'gone' : 'refused' };
}

/** Opens the capture page's edit mode next to the tab the card is in, which it returns to when closed. */
export async function openNoteEditor(
  notice: Extract<BackgroundNotice, { type: 'edit-note' }>,
  sender: Runtime.MessageSender,
): Promise<void> {
  const factId = noteFactId(notice.factId);
  if (factId === null) return;
  const tab = sender.tab;
  await ext.tabs.create({
    url: ext.runtime.getURL(noteEditorPath(factId)),
    ...(tab?.index === undefined ? {} : { index: tab.index + 1 }),
    ...(tab?.id === undefined ? {} : { openerTabId: tab.id }),
  });
}
