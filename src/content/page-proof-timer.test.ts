import { describe, expect, it, vi } from 'vitest';
import { sendOurErrorsWith } from './our-errors.ts';
import { runLater } from './page-proof-timer.ts';

function fakeWindowWithScheduler() {
  const posted: {
    callback: () => void;
    options: { delay?: number; priority?: string; signal?: AbortSignal };
  }[] = [];
  const win = {
    scheduler: {
      postTask(callback: () => void, options: (typeof posted)[number]['options']) {
        posted.push({ callback, options });
        return new Promise(() => {});
      },
    },
    setTimeout: () => {
      throw new Error('must not fall back to setTimeout');
    },
  } as unknown as Window;
  return { win, posted };
}

describe('runLater', () => {
  it('posts a task the page cannot cancel by id, with the delay and priority asked for', () => {
    const { win, posted } = fakeWindowWithScheduler();
    const callback = vi.fn();
    runLater(win, callback, { delayMs: 40, priority: 'background' }, new AbortController().signal);
    expect(posted).toHaveLength(1);
    expect(posted[0]?.options).toMatchObject({ delay: 40, priority: 'background' });
    posted[0]?.callback();
    expect(callback).toHaveBeenCalledOnce();
  });

  it('cancels the posted task through its own signal, on cancel or on abort', () => {
    const { win, posted } = fakeWindowWithScheduler();
    const life = new AbortController();
    const cancel = runLater(win, () => {}, 0, life.signal);
    runLater(win, () => {}, 0, life.signal);
    cancel();
    expect(posted[0]?.options.signal?.aborted).toBe(true);
    expect(posted[1]?.options.signal?.aborted).toBe(false);
    life.abort();
    expect(posted[1]?.options.signal?.aborted).toBe(true);
  });

  it('falls back to a timer without an id where there is no scheduler, cancelled by abort or cancel', async () => {
    const win = {
      setTimeout: () => {
        throw new Error('a timer with an id is one the page can cancel');
      },
    } as unknown as Window;
    const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
    const callback = vi.fn();
    const life = new AbortController();
    runLater(win, callback, 10, life.signal);
    await wait(40);
    expect(callback).toHaveBeenCalledOnce();
    runLater(win, callback, 10, life.signal);
    life.abort();
    const cancel = runLater(win, callback, 10, new AbortController().signal);
    cancel();
    await wait(40);
    expect(callback).toHaveBeenCalledOnce();
  });

  it('reports an error thrown by the callback, with the scheduler or without, and not an abort', async () => {
    const reported: unknown[] = [];
    sendOurErrorsWith((error) => reported.push(error));
    const boom = new Error('boom');
    const throwing = () => {
      throw boom;
    };
    const realScheduler = {
      postTask: (callback: () => void, options: { signal?: AbortSignal }) =>
        new Promise((resolve, reject) => {
          options.signal?.addEventListener('abort', () => reject(new DOMException('', 'AbortError')));
          queueMicrotask(() => {
            if (options.signal?.aborted) return;
            try {
              resolve(callback());
            } catch (error) {
              reject(error);
            }
          });
        }),
    };
    runLater({ scheduler: realScheduler } as unknown as Window, throwing, 0, new AbortController().signal);
    const life = new AbortController();
    runLater({ scheduler: realScheduler } as unknown as Window, throwing, 0, life.signal);
    life.abort();
    runLater({ scheduler: realScheduler } as unknown as Window, throwing, 0, life.signal);
    runLater({} as Window, throwing, 0, new AbortController().signal);
    await vi.waitFor(() => expect(reported).toEqual([boom, boom]));
  });
});
