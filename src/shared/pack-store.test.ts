import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { fixturePack } from './pack/fixture-sources.ts';
import type { Pack } from './pack/pack-schema.ts';
import {
  articleBucket,
  articleRecords,
  openPackStore,
  PACK_STORE_NAMES,
  summarizePack,
} from './pack-store.ts';

const pack = (id: string, name: string, version = '1.0.0'): Pack => {
  const base = fixturePack() as unknown as Pack;
  return { ...base, header: { ...base.header, id, name, version } };
};
const at = '2026-12-06T12:00:00.000Z';

describe('pack store', () => {
  it('stores a pack with its summary, lists summaries by name, and replaces a pack of the same id', async () => {
    const store = await openPackStore(new IDBFactory());
    await store.put(pack('zeta', 'Zeta notes'), { enabled: true, importedAt: at });
    const summary = await store.put(pack('acme', 'Acme desk'), { enabled: false, importedAt: at });
    expect(summary).toMatchObject({ id: 'acme', enabled: false, importedAt: at });
    expect(summary.companyCount).toBeGreaterThan(0);
    expect(summary.factCount).toBeGreaterThan(0);
    expect((summary.dateRange?.from ?? '') <= (summary.dateRange?.to ?? '')).toBe(true);
    expect((await store.list()).map((s) => s.header.name)).toEqual(['Acme desk', 'Zeta notes']);

    await store.put(pack('acme', 'Acme desk', '1.1.0'), { enabled: true, importedAt: at });
    expect((await store.list()).map((s) => [s.id, s.header.version, s.enabled])).toEqual([
      ['acme', '1.1.0', true],
      ['zeta', '1.0.0', true],
    ]);
    expect((await store.get('acme'))?.header.version).toBe('1.1.0');
  });

  it('switches a pack on and off and removes it with its summary', async () => {
    const store = await openPackStore(new IDBFactory());
    await store.put(pack('acme', 'Acme desk'), { enabled: true, importedAt: at });
    await store.setEnabled('acme', false);
    expect((await store.list())[0]?.enabled).toBe(false);
    await expect(store.setEnabled('nope', true)).rejects.toThrow('No pack "nope"');
    await store.remove('acme');
    expect(await store.list()).toEqual([]);
    expect(await store.get('acme')).toBeUndefined();
  });

  it('keeps what was stored when a write fails', async () => {
    const store = await openPackStore(new IDBFactory());
    await store.put(pack('acme', 'Acme desk'), { enabled: true, importedAt: at });
    // A pack that cannot be cloned into the store (a function inside) fails the whole transaction.
    const broken = { ...pack('zeta', 'Zeta'), extra: () => {} } as unknown as Pack;
    await expect(store.put(broken, { enabled: true, importedAt: at })).rejects.toThrow();
    expect((await store.list()).map((s) => s.id)).toEqual(['acme']);
    expect(await store.get('zeta')).toBeUndefined();
  });

  it("keeps each pack's aliases beside it, written and removed with it", async () => {
    const store = await openPackStore(new IDBFactory());
    const acme = pack('acme', 'Acme desk');
    await store.put(acme, { enabled: true, importedAt: at });
    expect(await store.aliases('acme')).toEqual({
      name: 'Acme desk',
      companies: acme.companies.map(({ id, aliases }) => ({ id, aliases })),
    });
    await store.put(pack('acme', 'Acme desk renamed', '1.1.0'), { enabled: true, importedAt: at });
    expect((await store.aliases('acme'))?.name).toBe('Acme desk renamed');
    await store.remove('acme');
    expect(await store.aliases('acme')).toBeUndefined();
  });

  it('keeps each article apart with the facts citing it, written, replaced and removed with its pack', async () => {
    const store = await openPackStore(new IDBFactory());
    const acme = pack('acme', 'Acme desk');
    const other = pack('acme-2', 'Another desk');
    await store.put(acme, { enabled: true, importedAt: at });
    await store.put(other, { enabled: true, importedAt: at });
    const stored = await store.article('acme', '001_fixture');
    expect(stored?.packName).toBe('Acme desk');
    expect(stored?.article).toEqual(acme.articles[0]);
    expect(stored?.facts.map((f) => f.id).sort()).toEqual(
      acme.companies
        .flatMap((c) => c.facts.filter((f) => f.article === '001_fixture').map((f) => f.id))
        .sort(),
    );
    expect(await store.article('acme', 'nope')).toBeUndefined();

    // A new version without that article: it goes with the old version, the other pack's stays.
    const renamed = { ...pack('acme', 'Acme desk', '1.1.0'), articles: [], companies: [] };
    await store.put(renamed, { enabled: true, importedAt: at });
    expect(await store.article('acme', '001_fixture')).toBeUndefined();
    expect((await store.article('acme-2', '001_fixture'))?.packName).toBe('Another desk');
    await store.remove('acme-2');
    expect(await store.article('acme-2', '001_fixture')).toBeUndefined();
    store.close();
  });

  it('puts many articles in a bounded number of records and finds each one in its bucket', async () => {
    const base = pack('many', 'Many articles');
    const [first] = base.articles;
    if (!first) throw new Error('fixture without article');
    const articles = Array.from({ length: 3000 }, (_, i) => ({
      ...first,
      id: `a-${i}`,
      headline: `Story ${i}`,
    }));
    const many: Pack = { ...base, articles, companies: [] };
    const records = articleRecords(many);
    expect(records.length).toBeLessThanOrEqual(1024);
    expect(records.length).toBeGreaterThan(900);
    const store = await openPackStore(new IDBFactory());
    await store.put(many, { enabled: true, importedAt: at });
    for (const i of [0, 1, 1234, 2999]) {
      expect((await store.article('many', `a-${i}`))?.article.headline).toBe(`Story ${i}`);
    }
    expect(await store.article('many', 'a-3000')).toBeUndefined();
    store.close();
  });

  it('fills the aliases and the articles of packs stored before them when it upgrades', async () => {
    const factory = new IDBFactory();
    const acme = pack('acme', 'Acme desk');
    // The store as version 1 left it: packs and summaries only.
    const old = factory.open(PACK_STORE_NAMES.db, 1);
    old.onupgradeneeded = () => {
      old.result.createObjectStore(PACK_STORE_NAMES.packs);
      old.result.createObjectStore(PACK_STORE_NAMES.summaries, { keyPath: 'id' });
    };
    const db = await new Promise<IDBDatabase>((resolve) => {
      old.onsuccess = () => resolve(old.result);
    });
    const tx = db.transaction([PACK_STORE_NAMES.packs, PACK_STORE_NAMES.summaries], 'readwrite');
    tx.objectStore(PACK_STORE_NAMES.packs).put(acme, 'acme');
    tx.objectStore(PACK_STORE_NAMES.summaries).put(summarizePack(acme, { enabled: true, importedAt: at }));
    await new Promise((resolve) => {
      tx.oncomplete = resolve;
    });
    db.close();

    const store = await openPackStore(factory);
    expect((await store.list()).map((s) => s.id)).toEqual(['acme']);
    store.close();
    // Read from the new store itself, not through `aliases`, which could fall back to the pack.
    const upgraded = factory.open(PACK_STORE_NAMES.db, PACK_STORE_NAMES.version);
    const kept = await new Promise((resolve) => {
      upgraded.onsuccess = () => {
        const read = upgraded.result
          .transaction(PACK_STORE_NAMES.aliases)
          .objectStore(PACK_STORE_NAMES.aliases);
        const got = read.get('acme');
        got.onsuccess = () => resolve(JSON.parse(got.result as string));
      };
    });
    expect(kept).toEqual({
      name: 'Acme desk',
      companies: acme.companies.map(({ id, aliases }) => ({ id, aliases })),
    });
    // And its articles, from the new store itself (`article` could fall back to the pack).
    const article = await new Promise((resolve) => {
      const again = factory.open(PACK_STORE_NAMES.db, PACK_STORE_NAMES.version);
      again.onsuccess = () => {
        const got = again.result
          .transaction(PACK_STORE_NAMES.articles)
          .objectStore(PACK_STORE_NAMES.articles)
          .get(['acme', articleBucket('001_fixture')]);
        got.onsuccess = () => resolve(JSON.parse(got.result as string).articles[0][1].article);
      };
    });
    expect(article).toEqual(acme.articles[0]);
  });
});
