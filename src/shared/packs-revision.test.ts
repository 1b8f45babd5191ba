import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../../test/unit-setup/fake-browser.ts';
import { PACKS_REVISION_KEY } from './pack-store.ts';
import { bumpPacksRevision, markPacksApplied, packsApplied } from './packs-revision.ts';

afterEach(() => vi.useRealTimers());

/** Whether `promise` has settled once everything already queued has run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  promise.then(() => {
    done = true;
  });
  await new Promise((resolve) => setImmediate(resolve));
  return done;
}

describe('packsApplied', () => {
  it('waits for the background to apply the bumped revision, not an older one', async () => {
    const revision = await bumpPacksRevision();
    expect((await fakeBrowser.storage.local.get(PACKS_REVISION_KEY))[PACKS_REVISION_KEY]).toBe(revision);
    const applied = packsApplied(revision, 60_000);
    await markPacksApplied(revision - 1);
    expect(await settled(applied)).toBe(false);
    await markPacksApplied(revision);
    expect(await settled(applied)).toBe(true);
  });

  it('is done at once when that revision or a later one is applied already', async () => {
    await markPacksApplied(500);
    expect(await settled(packsApplied(400, 60_000))).toBe(true);
  });

  it('gives up after its time, so that a stopped background does not hold the page', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await markPacksApplied(1);
    const applied = packsApplied(2, 60_000);
    expect(await settled(applied)).toBe(false);
    vi.advanceTimersByTime(60_000);
    expect(await settled(applied)).toBe(true);
  });
});
