import { IDBFactory } from 'fake-indexeddb';
import { expect, it } from 'vitest';
import { fixturePack } from './pack/fixture-sources.ts';
import type { Pack } from './pack/pack-schema.ts';
import { openPackStore, type PackStore } from './pack-store.ts';
import { storedAliasClaims } from './stored-alias-claims.ts';

const pack = (id: string, name: string, alias: string): Pack => {
  const base = fixturePack() as unknown as Pack;
  const [first] = base.companies;
  return {
    ...base,
    header: { ...base.header, id, name },
    companies: first ? [{ ...first, id: `${id}-co`, aliases: [{ text: alias, caseSensitive: false }] }] : [],
  };
};
const at = '2026-12-06T12:00:00.000Z';

it("claims the bundled pack's names and those of the packs named, from their alias lists alone", async () => {
  const store = await openPackStore(new IDBFactory());
  await store.put(pack('acme', 'Acme desk', 'Acme Widgets'), { enabled: true, importedAt: at });
  await store.put(pack('zeta', 'Zeta notes', 'Zeta Motors'), { enabled: false, importedAt: at });
  // A pack read whole would be the slow path this avoids (docs/packs-at-scale.md).
  const aliasesOnly: Pick<PackStore, 'aliases'> = { aliases: (id) => store.aliases(id) };
  const builtIn = pack('bundled', 'Bundled', 'Huawei');

  const claims = await storedAliasClaims(aliasesOnly, builtIn, [{ id: 'acme' }, { id: 'zeta' }]);
  expect([...claims.keys()].sort()).toEqual(['acme widgets', 'huawei', 'zeta motors']);
  expect(claims.get('acme widgets')).toEqual([
    { packName: 'Acme desk', companyId: 'acme-co', text: 'Acme Widgets', caseSensitive: false },
  ]);

  const withoutZeta = await storedAliasClaims(aliasesOnly, builtIn, [{ id: 'acme' }]);
  expect(withoutZeta.has('zeta motors')).toBe(false);
  store.close();
});
