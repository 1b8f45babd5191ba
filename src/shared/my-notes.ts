/**
 * The user's own pack, "My notes" (docs/dataset.md#my-notes), written by the capture page and edited
 * from the options page. Every write is checked with the shared `validatePack`, keeps the pack
 * enabled or not as the user left it, then tells the background and the tabs.
 */
import { formatPackError } from './pack/data-error.ts';
import type { Pack } from './pack/pack-schema.ts';
import { validatePack } from './pack/validate-pack.ts';
import type { PackStore } from './pack-store.ts';
import { bumpPacksRevision } from './packs-revision.ts';

export const MY_NOTES_ID = 'my-notes';
export const MY_NOTES_NAME = 'My notes';

export type WriteOutcome = { ok: true } | { ok: false; errors: string[] };

export async function writeMyNotes(
  store: PackStore,
  next: Pack,
  commonWords: ReadonlySet<string>,
): Promise<WriteOutcome> {
  const { pack, errors } = validatePack(next, { commonWords });
  if (!pack) return { ok: false, errors: errors.map(formatPackError) };
  // Created enabled; a user who switched "My notes" off keeps it off.
  const enabled = (await store.list()).find((s) => s.id === MY_NOTES_ID)?.enabled ?? true;
  await store.put(pack, { enabled, importedAt: new Date().toISOString() });
  // The background then rebuilds what tabs use, where the captured quotes are included.
  await bumpPacksRevision();
  return { ok: true };
}
