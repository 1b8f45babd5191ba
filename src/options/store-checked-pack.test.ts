import { describe, expect, it } from 'vitest';
import type { Pack } from '../shared/pack/pack-schema.ts';
import type { PackStore } from '../shared/pack-store.ts';
import { storeCheckedPack } from './store-checked-pack.ts';

const pack = { header: { id: 'news' } } as Pack;
const storeThrowing = (error: unknown) => ({ put: () => Promise.reject(error) }) as unknown as PackStore;

describe('storeCheckedPack', () => {
  it('tells a full quota apart from other failures', async () => {
    expect(
      await storeCheckedPack(storeThrowing(new DOMException('full', 'QuotaExceededError')), pack, true),
    ).toEqual({
      type: 'store-failed',
      quota: true,
      message: expect.stringContaining('full'),
    });
    expect(
      await storeCheckedPack(storeThrowing(new DOMException('no', 'DataCloneError')), pack, true),
    ).toMatchObject({
      type: 'store-failed',
      quota: false,
    });
  });

  it('stores with the given switch and reports the summary', async () => {
    const calls: unknown[] = [];
    const store = {
      put: (p: Pack, o: { enabled: boolean }) => {
        calls.push([p.header.id, o.enabled]);
        return Promise.resolve({ id: p.header.id });
      },
    } as unknown as PackStore;
    expect(await storeCheckedPack(store, pack, false)).toEqual({ type: 'stored', summary: { id: 'news' } });
    expect(calls).toEqual([['news', false]]);
  });
});
