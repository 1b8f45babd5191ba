import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { whenPageSettled } from './page-settled.ts';

/** A window whose load and frames the test drives (no `scheduler`, so timers are setTimeout). */
function fakeWindow(readyState: DocumentReadyState) {
  const events = new EventTarget();
  const frames: FrameRequestCallback[] = [];
  const win = {
    document: { readyState },
    addEventListener: events.addEventListener.bind(events),
    requestAnimationFrame: (callback: FrameRequestCallback) => frames.push(callback),
    setTimeout: (callback: () => void, ms: number) => setTimeout(callback, ms),
    clearTimeout: (id: number) => clearTimeout(id),
  };
  return {
    win: win as unknown as Window,
    load: () => events.dispatchEvent(new Event('load')),
    frame: () => {
      for (const callback of frames.splice(0)) callback(0);
    },
  };
}

/** A page in `readyState` with `whenPageSettled` waiting on it. */
function settling(readyState: DocumentReadyState) {
  const page = fakeWindow(readyState);
  const callback = vi.fn();
  const life = new AbortController();
  whenPageSettled(page.win, callback, life.signal);
  return { ...page, callback, life };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

it('waits for the load event and the frame after it', () => {
  const { callback, ...page } = settling('interactive');
  page.frame();
  vi.advanceTimersByTime(10);
  expect(callback).not.toHaveBeenCalled();
  page.load();
  vi.advanceTimersByTime(10);
  expect(callback).not.toHaveBeenCalled();
  page.frame();
  vi.advanceTimersByTime(0);
  expect(callback).toHaveBeenCalledOnce();
  vi.advanceTimersByTime(5000);
  expect(callback).toHaveBeenCalledOnce();
});

it('waits only for a frame on a page already loaded', () => {
  const { callback, ...page } = settling('complete');
  expect(callback).not.toHaveBeenCalled();
  page.frame();
  vi.advanceTimersByTime(0);
  expect(callback).toHaveBeenCalledOnce();
});

it('goes ahead after a second when the page never finishes loading or renders no frames', () => {
  const { callback } = settling('loading');
  vi.advanceTimersByTime(999);
  expect(callback).not.toHaveBeenCalled();
  vi.advanceTimersByTime(1);
  expect(callback).toHaveBeenCalledOnce();
});

it('never calls back once aborted', () => {
  const { callback, life, ...page } = settling('complete');
  life.abort();
  page.frame();
  vi.advanceTimersByTime(5000);
  expect(callback).not.toHaveBeenCalled();
});
