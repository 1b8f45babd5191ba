// @vitest-environment jsdom
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { startLateShadowRoots } from './late-shadow-roots.ts';

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<x-a></x-a><x-b></x-b>';
});
afterEach(() => {
  vi.useRealTimers();
});

it('hands on a shadow root once it appears, looking again further apart, then gives up', () => {
  const found: ShadowRoot[] = [];
  const late = startLateShadowRoots(window, (root) => found.push(root), new AbortController().signal);
  const [a, b] = [...document.querySelectorAll('x-a, x-b')] as Element[];
  late.watch(a as Element);
  late.watch(b as Element);
  vi.advanceTimersByTime(500);
  expect(found).toEqual([]);
  const shadow = (a as Element).attachShadow({ mode: 'open' });
  vi.advanceTimersByTime(1000);
  expect(found).toEqual([shadow]);
  // 0.5 + 1 + 2 + 4 + 8 s: after the last look, a shadow root attached later is not seen.
  vi.advanceTimersByTime(14_000);
  (b as Element).attachShadow({ mode: 'open' });
  vi.advanceTimersByTime(60_000);
  expect(found).toEqual([shadow]);
});

it('watches each component for a limited time, also while new ones keep coming', () => {
  const found: ShadowRoot[] = [];
  const late = startLateShadowRoots(window, (root) => found.push(root), new AbortController().signal);
  const old = document.querySelector('x-a') as Element;
  late.watch(old);
  // A page that adds a component every 2 s keeps the looks going...
  for (let i = 0; i < 15; i++) {
    vi.advanceTimersByTime(2000);
    late.watch(document.body.appendChild(document.createElement('x-new')));
  }
  // ...but the first one, 30 s old, is no longer watched.
  old.attachShadow({ mode: 'open' });
  const recent = document.body.lastElementChild as Element;
  const shadow = recent.attachShadow({ mode: 'open' });
  vi.advanceTimersByTime(2000);
  expect(found).toEqual([shadow]);
});

it('stops looking when aborted', () => {
  const found: ShadowRoot[] = [];
  const life = new AbortController();
  const late = startLateShadowRoots(window, (root) => found.push(root), life.signal);
  const host = document.querySelector('x-a') as Element;
  late.watch(host);
  life.abort();
  host.attachShadow({ mode: 'open' });
  vi.advanceTimersByTime(60_000);
  expect(found).toEqual([]);
});
