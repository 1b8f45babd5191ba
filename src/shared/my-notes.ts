/**
 * The user's own pack, "My notes" (docs/dataset.md#my-notes), written by the capture page and edited
 * from the options page and the card. Every write is checked as an import is (the shared
 * `validatePack`, then its names against the bundled pack and every other stored pack: an Undo can
 * bring back a name another pack has claimed since), keeps the pack enabled or not as the user left
 * it, then tells the background and the tabs.
 */

import bundled from '../generated/bundled.pack.json';
import { MY_NOTES_ID } from './my-notes-id.ts';
import { checkCrossPackAliases, type TakenName } from './pack/check-cross-pack-aliases.ts';
import { formatPackError } from './pack/data-error.ts';
import type { Pack } from './pack/pack-schema.ts';
import { validatePack } from './pack/validate-pack.ts';
import { openPackStore, type PackStore } from './pack-store.ts';
import { bumpPacksRevision } from './packs-revision.ts';
import { storedAliasClaims } from './stored-alias-claims.ts';

export const MY_NOTES_NAME = 'My notes';

/**
 * A refused write says why: `errors` for the pages that list them; `taken`, the names other packs
 * hold now, and `missing`, "My notes" gone, for the card's one-line answer.
 */
export type WriteOutcome =
  | { ok: true }
  | { ok: false; errors: string[]; taken?: TakenName[]; missing?: true };

export async function writeMyNotes(
  store: PackStore,
  next: Pack,
  commonWords: ReadonlySet<string>,
): Promise<WriteOutcome> {
  const { pack, errors } = validatePack(next, { commonWords });
  if (!pack) return { ok: false, errors: errors.map(formatPackError) };
  const summaries = await store.list();
  const others = summaries.filter((other) => other.id !== MY_NOTES_ID);
  const claims = await storedAliasClaims(store, bundled as Pack, others);
  const cross = checkCrossPackAliases(MY_NOTES_ID, pack.companies, claims);
  if (cross.errors.length > 0)
    return { ok: false, errors: cross.errors.map(formatPackError), taken: cross.taken };
  // Created enabled; a user who switched "My notes" off keeps it off.
  const enabled = summaries.find((s) => s.id === MY_NOTES_ID)?.enabled ?? true;
  await store.put(pack, { enabled, importedAt: new Date().toISOString() });
  // The background then rebuilds what tabs use, where the captured quotes are included.
  await bumpPacksRevision();
  return { ok: true };
}

// An edit neither adds nor changes a name, so the aliases' common-word check (a large word list, run
// when the note was captured) has nothing new to look at; everything else is checked again.
const NO_NEW_NAMES: ReadonlySet<string> = new Set();

const LOCK_NAME = 'company-lens-my-notes';

/**
 * Runs `task`, a read of "My notes" and the write made from it, while no other does: the capture
 * page, the options page and the background (for the card) each read the pack as stored, and two
 * changes at once would otherwise each write their own copy, losing the other's. A Web Lock is held
 * across all of the extension's pages and its background (one origin):
 * https://w3c.github.io/web-locks/#api-lock-manager-request. Where there is none (unit tests in
 * Node), the task runs as it is.
 */
export function oneWriterAtATime<T>(task: () => Promise<T>): Promise<T> {
  const locks: LockManager | undefined = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return locks ? locks.request(LOCK_NAME, task) : task();
}

/**
 * Applies an edit to "My notes" as stored now (the options page, the edit page and the background
 * each read it afresh, one at a time, so one does not undo another's change). `change` returns the
 * pack unchanged when there is nothing to do, e.g. a fact already gone.
 */
export function editMyNotes(change: (pack: Pack) => Pack): Promise<WriteOutcome> {
  return oneWriterAtATime(async () => {
    const store = await openPackStore();
    try {
      const pack = await store.get(MY_NOTES_ID);
      if (!pack) return { ok: false, errors: [`${MY_NOTES_NAME} is not stored`], missing: true };
      const next = change(pack);
      return next === pack ? { ok: true } : await writeMyNotes(store, next, NO_NEW_NAMES);
    } finally {
      store.close();
    }
  });
}
