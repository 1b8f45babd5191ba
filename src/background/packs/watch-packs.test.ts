import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from '../../../test/unit-setup/fake-browser.ts';
import { fixturePack } from '../../shared/pack/fixture-sources.ts';
import type { Pack } from '../../shared/pack/pack-schema.ts';
import { PACK_RUNTIME_KEY, type PackRuntime } from '../../shared/pack-runtime.ts';
import { openPackStore, PACKS_REVISION_KEY } from '../../shared/pack-store.ts';
import { PACKS_APPLIED_KEY } from '../../shared/packs-revision.ts';
import { companyRecords, isCurrent, watchPacks } from './watch-packs.ts';

beforeAll(() => {
  Object.assign(fakeBrowser.runtime, { onInstalled: { addListener: () => {}, removeListener: () => {} } });
});

const pack = {
  ...fixturePack(),
  header: { ...fixturePack().header, id: 'desk', name: 'Desk notes' },
} as unknown as Pack;
const runtime = async () =>
  (await fakeBrowser.storage.local.get(PACK_RUNTIME_KEY))[PACK_RUNTIME_KEY] as PackRuntime | undefined;
const applied = async () => (await fakeBrowser.storage.local.get(PACKS_APPLIED_KEY))[PACKS_APPLIED_KEY];
const bump = (revision: number) => fakeBrowser.storage.local.set({ [PACKS_REVISION_KEY]: revision });

describe('watchPacks', () => {
  it('builds the runtime and records on a bump, removes them when no pack is enabled, and knows when it is current', async () => {
    const store = await openPackStore();
    await store.put(pack, { enabled: true, importedAt: '2026-12-06T12:00:00Z' });
    await bump(1);
    watchPacks(new AbortController().signal);
    await expect.poll(async () => (await runtime())?.packsRevision, { timeout: 5000 }).toBe(1);
    const built = await runtime();
    expect(built?.levels.restricted.split('\n')).toContain('zenith');
    const { companies, articles } = await (await companyRecords()).get(['zenith']);
    expect(companies.map((c) => c.id)).toEqual(['zenith', 'acme']);
    expect(companies[0]?.facts[0]?.pack).toEqual({ id: 'desk', name: 'Desk notes' });
    expect(articles.map((a) => a.id)).toEqual(['desk/001_fixture']);
    expect(await isCurrent()).toBe(true);
    await expect.poll(applied).toBe(1);

    await store.setEnabled('desk', false);
    await bump(2);
    await expect.poll(runtime, { timeout: 5000 }).toBeUndefined();
    await expect.poll(applied).toBe(2);
    await expect.poll(async () => (await (await companyRecords()).get(['zenith'])).companies).toEqual([]);
    expect(await isCurrent()).toBe(true);

    await store.setEnabled('desk', true);
    // Enabled, but no bump yet: a restarted background would rebuild.
    expect(await isCurrent()).toBe(false);
    store.close();
  });
});
