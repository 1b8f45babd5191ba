import { ext } from './browser.ts';
import { PACKS_REVISION_KEY } from './pack-store.ts';

/**
 * Tells the background and the tabs that the pack store changed: IndexedDB has no change event across
 * contexts, `storage.onChanged` does. Call after every committed change to the store.
 */
export function bumpPacksRevision(): Promise<void> {
  return ext.storage.local.set({ [PACKS_REVISION_KEY]: Date.now() });
}
