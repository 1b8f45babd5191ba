import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sendUntilHeard } from './send-until-heard.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

// `runLater` falls back to `AbortSignal.timeout` without `scheduler.postTask`: fake timers drive it.
const win = {} as Window;

describe('sendUntilHeard', () => {
  it('sends again, further apart, until something answers', async () => {
    const send = vi
      .fn<() => Promise<unknown>>()
      .mockRejectedValueOnce(new Error('no receiver'))
      .mockRejectedValueOnce(new Error('no receiver'))
      .mockResolvedValue(undefined);
    const answered = sendUntilHeard(win, send, new AbortController().signal);
    await vi.advanceTimersByTimeAsync(0);
    expect(send).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(100);
    expect(send).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(300);
    expect(send).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(send).toHaveBeenCalledTimes(3);
    await expect(answered).resolves.toBe(true);
  });

  it('gives up after a few tries, and at once when its signal aborts', async () => {
    const send = vi.fn<() => Promise<unknown>>().mockRejectedValue(new Error('no receiver'));
    const gaveUp = vi.fn();
    void sendUntilHeard(win, send, new AbortController().signal).then((heard) => heard || gaveUp());
    await vi.advanceTimersByTimeAsync(4000);
    expect(gaveUp).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(send).toHaveBeenCalledTimes(5);
    expect(gaveUp).toHaveBeenCalledTimes(1);

    const life = new AbortController();
    const other = vi.fn<() => Promise<unknown>>().mockRejectedValue(new Error('no receiver'));
    const answered = sendUntilHeard(win, other, life.signal);
    await vi.advanceTimersByTimeAsync(0);
    life.abort();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(other).toHaveBeenCalledTimes(1);
    await expect(answered).resolves.toBe(false);
  });
});
