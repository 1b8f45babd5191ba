/**
 * The names other packs already claim, for the cross-pack alias check of an import and of a capture
 * (`check-cross-pack-aliases.ts`): the bundled pack's, and those of each stored pack in `others`, read
 * from the store's alias lists rather than the packs themselves (pack-store.ts says why).
 */
import { type AliasClaims, addAliasClaims } from './pack/check-cross-pack-aliases.ts';
import type { Pack } from './pack/pack-schema.ts';
import type { PackStore } from './pack-store.ts';

export async function storedAliasClaims(
  store: Pick<PackStore, 'aliases'>,
  builtIn: Pick<Pack, 'header' | 'companies'>,
  others: readonly { id: string }[],
): Promise<AliasClaims> {
  const claims: AliasClaims = new Map();
  addAliasClaims(claims, builtIn.header.name, builtIn.companies);
  for (const other of others) {
    const stored = await store.aliases(other.id);
    if (stored) addAliasClaims(claims, stored.name, stored.companies);
  }
  return claims;
}
