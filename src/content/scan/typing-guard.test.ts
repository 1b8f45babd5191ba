// @vitest-environment jsdom
import { afterEach, expect, it, vi } from 'vitest';
import { startTypingGuard } from './typing-guard.ts';

let life = new AbortController();
afterEach(() => {
  life.abort();
  life = new AbortController();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

it('lets work run when nobody has typed', () => {
  expect(startTypingGuard(document, life.signal).waitMs()).toBe(0);
});

it('holds work for half a second after a key, and longer while an editable field has focus', () => {
  vi.useFakeTimers({ toFake: ['performance'] });
  const guard = startTypingGuard(document, life.signal);
  document.dispatchEvent(new KeyboardEvent('keydown'));
  expect(guard.waitMs()).toBe(500);
  vi.advanceTimersByTime(600);
  expect(guard.waitMs()).toBe(0);

  document.body.innerHTML = '<textarea></textarea>';
  document.querySelector('textarea')?.focus();
  document.dispatchEvent(new KeyboardEvent('keydown'));
  vi.advanceTimersByTime(1000);
  expect(guard.waitMs()).toBe(2000);
  vi.advanceTimersByTime(2000);
  expect(guard.waitMs()).toBe(0);
});

it('stops listening when aborted', () => {
  const guard = startTypingGuard(document, life.signal);
  life.abort();
  document.dispatchEvent(new KeyboardEvent('keydown'));
  expect(guard.waitMs()).toBe(0);
});
