import type { PackHeader } from '../shared/pack/pack-schema.ts';
import { comparePackVersions } from '../shared/pack/pack-version.ts';

/**
 * What importing a checked pack does to the stored one of the same id (docs/dataset.md#knowledge-packs):
 * a newer version updates it in place, an older or equal one replaces it only after the user agrees,
 * and the built-in pack's id is never taken, as the built-in pack comes with the extension.
 */
export type ImportDecision =
  | { kind: 'new' }
  | { kind: 'update'; storedVersion: string; enabled: boolean }
  | { kind: 'older-or-same'; storedVersion: string; enabled: boolean; same: boolean }
  | { kind: 'built-in' };

interface StoredPack {
  header: Pick<PackHeader, 'version'>;
  enabled: boolean;
}

export function decideImport(
  incoming: Pick<PackHeader, 'id' | 'version'>,
  stored: StoredPack | undefined,
  builtInId: string,
): ImportDecision {
  if (incoming.id === builtInId) return { kind: 'built-in' };
  if (!stored) return { kind: 'new' };
  const order = comparePackVersions(incoming.version, stored.header.version);
  const base = { storedVersion: stored.header.version, enabled: stored.enabled };
  return order > 0 ? { kind: 'update', ...base } : { kind: 'older-or-same', ...base, same: order === 0 };
}
