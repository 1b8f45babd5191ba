import { ext } from './browser.ts';
import { PACKS_REVISION_KEY } from './pack-store.ts';

/**
 * Tells the background and the tabs that the pack store changed: IndexedDB has no change event across
 * contexts, `storage.onChanged` does. Call after every committed change to the store. Resolves with
 * the revision written, which `packsApplied` waits for.
 */
export async function bumpPacksRevision(): Promise<number> {
  const revision = Date.now();
  await ext.storage.local.set({ [PACKS_REVISION_KEY]: revision });
  return revision;
}

/**
 * The `storage.local` key the background sets to the packs revision it last finished applying (what
 * tabs read is then written, or the attempt failed), so that the options page can show the import's
 * last step until tabs mark the new names (docs/packs-at-scale.md, "Import to marked").
 */
export const PACKS_APPLIED_KEY = 'packs-applied';

export function markPacksApplied(revision: unknown): Promise<void> {
  return ext.storage.local.set({ [PACKS_APPLIED_KEY]: revision });
}

/**
 * Resolves once the background has applied `revision` or a later one, or after `timeoutMs`: the
 * import is stored either way, and a background that is stopped or failing must not hold the page.
 */
export function packsApplied(revision: number, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      ext.storage.onChanged.removeListener(onChanged);
      resolve();
    };
    const isApplied = (value: unknown) => typeof value === 'number' && value >= revision;
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && isApplied(changes[PACKS_APPLIED_KEY]?.newValue)) done();
    };
    const timer = setTimeout(done, timeoutMs);
    ext.storage.onChanged.addListener(onChanged);
    ext.storage.local.get(PACKS_APPLIED_KEY).then(
      (got) => isApplied(got[PACKS_APPLIED_KEY]) && done(),
      () => {},
    );
  });
}
