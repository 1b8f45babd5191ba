import { describe, expect, it, vi } from 'vitest';
import type { Company } from '../shared/dataset-types.ts';
import { MAX_COMPANIES_PER_REQUEST } from '../shared/messages.ts';
import { startPackRecords } from './pack-records.ts';

const company = (id: string) => ({ id, name: id }) as Company;
const answering = () =>
  vi.fn(async (ids: string[]) => ({
    revision: 'r1',
    companies: ids.filter((id) => !id.startsWith('unknown')).map(company),
    articles: [],
  }));

describe('startPackRecords', () => {
  it('asks once per task for the companies found, in batches of the most one request takes', async () => {
    const ask = answering();
    const records = startPackRecords(ask, new AbortController().signal);
    const many = Array.from({ length: MAX_COMPANIES_PER_REQUEST + 10 }, (_, i) => `c${i}`);
    records.prefetch(many.slice(0, 100));
    records.prefetch(many);
    expect(ask).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(records.companyById(`c${MAX_COMPANIES_PER_REQUEST + 9}`)).toBeDefined());
    expect(ask.mock.calls.map(([ids]) => ids.length)).toEqual([MAX_COMPANIES_PER_REQUEST, 10]);
    records.prefetch(['c1', 'c2']);
    await Promise.resolve();
    expect(ask).toHaveBeenCalledTimes(2);
  });

  it('loads one record on demand, and says when the packs have none', async () => {
    const ask = answering();
    const records = startPackRecords(ask, new AbortController().signal);
    expect((await records.load('acme'))?.id).toBe('acme');
    expect(await records.load('unknown-1')).toBeUndefined();
    expect(await records.load('acme')).toBeDefined();
    expect(ask).toHaveBeenCalledTimes(2);
  });

  it('asks again after a failed request, and keeps nothing after its activation ends', async () => {
    const ask = answering();
    ask.mockRejectedValueOnce(new Error('the background restarted'));
    const controller = new AbortController();
    const records = startPackRecords(ask, controller.signal);
    expect(await records.load('acme')).toBeUndefined();
    expect((await records.load('acme'))?.id).toBe('acme');
    controller.abort();
    records.prefetch(['zenith']);
    await Promise.resolve();
    expect(ask).toHaveBeenCalledTimes(2);
  });
});

describe('startPackRecords: refresh', () => {
  it('asks again for the records held, replaces them, drops one gone, then tells its watchers', async () => {
    let summary = 'before';
    let gone = false;
    const ask = vi.fn(async (ids: string[]) => ({
      revision: 'r1',
      companies: ids.filter((id) => !(gone && id === 'zenith')).map((id) => ({ ...company(id), summary })),
      articles: [],
    }));
    const records = startPackRecords(ask, new AbortController().signal);
    await records.load('acme');
    await records.load('zenith');
    const seen: string[] = [];
    const watching = new AbortController();
    records.watch(
      () => seen.push((records.companyById('acme') as unknown as { summary: string }).summary),
      watching.signal,
    );
    summary = 'after';
    gone = true;
    await records.refresh();
    expect(seen).toEqual(['after']);
    expect(records.companyById('zenith')).toBeUndefined();
    expect(ask.mock.calls.at(-1)?.[0]).toEqual(['acme', 'zenith']);
    watching.abort();
    await records.refresh();
    expect(seen).toEqual(['after']);
  });

  it('applies only the newest of two overlapping refreshes', async () => {
    let answerFirst: (() => void) | undefined;
    let round = 0;
    const ask = vi.fn(async (ids: string[]) => {
      round++;
      const mine = round;
      if (mine === 2) await new Promise<void>((resolve) => (answerFirst = resolve));
      return {
        revision: 'r1',
        companies: ids.map((id) => ({ ...company(id), name: `v${mine}` })),
        articles: [],
      };
    });
    const records = startPackRecords(ask, new AbortController().signal);
    await records.load('acme');
    const slow = records.refresh();
    await records.refresh();
    answerFirst?.();
    await slow;
    expect(records.companyById('acme')?.name).toBe('v3');
  });
});
