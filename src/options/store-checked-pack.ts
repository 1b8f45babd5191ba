import type { Pack } from '../shared/pack/pack-schema.ts';
import type { PackStore, PackSummary } from '../shared/pack-store.ts';

export type StoreOutcome =
  | { type: 'stored'; summary: PackSummary }
  | { type: 'store-failed'; quota: boolean; message: string };

/**
 * Writes a checked pack in the store's one transaction. A full disk or origin quota surfaces as a
 * `QuotaExceededError` (thrown, or as the aborted transaction's error); either way nothing of the pack
 * was written, and the page says so in its own words.
 * https://w3c.github.io/IndexedDB/#dom-idbtransaction-error
 */
export async function storeCheckedPack(
  store: PackStore,
  pack: Pack,
  enabled: boolean,
): Promise<StoreOutcome> {
  try {
    const summary = await store.put(pack, { enabled, importedAt: new Date().toISOString() });
    return { type: 'stored', summary };
  } catch (error) {
    const name = error instanceof Error || error instanceof DOMException ? error.name : '';
    return { type: 'store-failed', quota: name === 'QuotaExceededError', message: String(error) };
  }
}
