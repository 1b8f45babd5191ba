import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../../test/unit-setup/fake-browser.ts';
import {
  companiesInTab,
  readAllTabIds,
  readTabMentions,
  tabMentionsKey,
  watchTabMentions,
} from './tab-mentions.ts';

const session = fakeBrowser.storage.session;
beforeEach(() => session._setRaw({}));

describe('companiesInTab', () => {
  it('sums counts over frames, most mentioned first, top frame first in frameIds', () => {
    const result = companiesInTab({
      frames: {
        '12': { timeOrigin: 2, active: true, counts: { huawei: 1, zte: 4 } },
        '0': { timeOrigin: 1, active: true, counts: { huawei: 2, apple: 1, xiaomi: 0 } },
      },
    });
    expect(result).toEqual([
      { companyId: 'zte', count: 4, frameIds: [12] },
      { companyId: 'huawei', count: 3, frameIds: [0, 12] },
      { companyId: 'apple', count: 1, frameIds: [0] },
    ]);
  });

  it('is empty for no report', () => {
    expect(companiesInTab(undefined)).toEqual([]);
  });
});

describe('storage', () => {
  it('reads a valid record and treats a corrupted one as absent', async () => {
    const good = { frames: { '0': { timeOrigin: 5, active: true, counts: { zte: 1 } } } };
    session._setRaw({ [tabMentionsKey(4)]: good, [tabMentionsKey(9)]: { frames: 'nope' }, other: 1 });
    expect(await readTabMentions(4)).toEqual(good);
    expect(await readTabMentions(9)).toBeUndefined();
    expect(await readTabMentions(1)).toBeUndefined();
    expect((await readAllTabIds()).sort()).toEqual([4, 9]);
  });

  it('watches one tab only', async () => {
    const controller = new AbortController();
    const cb = vi.fn();
    watchTabMentions(4, cb, controller.signal);
    await session.set({ [tabMentionsKey(5)]: { frames: {} } });
    expect(cb).not.toHaveBeenCalled();
    await session.set({ [tabMentionsKey(4)]: { frames: {} } });
    expect(cb).toHaveBeenCalledWith({ frames: {} });
    await session.remove(tabMentionsKey(4));
    expect(cb).toHaveBeenLastCalledWith(undefined);
    controller.abort();
    await session.set({ [tabMentionsKey(4)]: { frames: {} } });
    expect(cb).toHaveBeenCalledTimes(2);
  });
});
