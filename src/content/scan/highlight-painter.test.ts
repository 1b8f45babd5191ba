// @vitest-environment jsdom
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { BATCH_MS, clearHighlights, startHighlightPainter } from './highlight-painter.ts';
import { installFakeHighlights } from './scan-test-kit.ts';

let life: AbortController;
beforeEach(() => {
  vi.useFakeTimers();
  life = new AbortController();
});
afterEach(() => {
  life.abort();
  vi.useRealTimers();
});

function rangeOver(text: string): Range {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.append(p);
  const range = document.createRange();
  range.selectNodeContents(p.firstChild as Text);
  return range;
}

it('paints the first batch in the next task and later ones in batches, drops ranges removed before they were painted, and unregisters on abort', () => {
  const registry = installFakeHighlights(window);
  const painter = startHighlightPainter(window as Window & typeof globalThis, 'underline', life.signal);
  const [a, b, c] = [rangeOver('a'), rangeOver('b'), rangeOver('c')];
  painter.add('restricted', a);
  painter.add('none', b);
  painter.remove('none', b);
  expect(registry.get('company-lens-restricted')?.size ?? 0).toBe(0);
  vi.advanceTimersByTime(0);
  expect([...(registry.get('company-lens-restricted') ?? [])]).toEqual([a]);
  expect(registry.get('company-lens-none')?.size).toBe(0);
  painter.remove('restricted', a);
  painter.add('contested', c);
  vi.advanceTimersByTime(BATCH_MS - 1);
  expect(registry.get('company-lens-contested')?.size ?? 0).toBe(0);
  vi.advanceTimersByTime(1);
  expect(registry.get('company-lens-restricted')?.size).toBe(0);
  expect([...(registry.get('company-lens-contested') ?? [])]).toEqual([c]);
  registry.set('company-lens-active', new Set());
  life.abort();
  expect([...registry.keys()]).toEqual([]);
});

it('adds the tint highlight for the background style, and paints nothing while marks are hidden until hover', () => {
  const registry = installFakeHighlights(window);
  const background = new AbortController();
  const painter = startHighlightPainter(
    window as Window & typeof globalThis,
    'background',
    background.signal,
  );
  const a = rangeOver('a');
  painter.add('contested', a);
  vi.advanceTimersByTime(BATCH_MS);
  expect([...(registry.get('company-lens-contested') ?? [])]).toEqual([a]);
  expect([...(registry.get('company-lens-fill-contested') ?? [])]).toEqual([a]);
  background.abort();
  expect([...registry.keys()]).toEqual([]);

  const hidden = startHighlightPainter(window as Window & typeof globalThis, 'hover-only', life.signal);
  hidden.add('restricted', rangeOver('b'));
  vi.advanceTimersByTime(BATCH_MS);
  expect([...registry.keys()]).toEqual([]);
});

it('clears highlights a previous instance left registered', () => {
  const registry = installFakeHighlights(window);
  registry.set('company-lens-restricted', new Set());
  registry.set('company-lens-active', new Set());
  registry.set('page-own-highlight', new Set());
  clearHighlights(window as Window & typeof globalThis);
  expect([...registry.keys()]).toEqual(['page-own-highlight']);
});

it('puts its highlights back, ranges and all, after the page cleared the registry and the user clicked', () => {
  const registry = installFakeHighlights(window);
  const painter = startHighlightPainter(window as Window & typeof globalThis, 'underline', life.signal);
  const a = rangeOver('a');
  painter.add('restricted', a);
  vi.advanceTimersByTime(BATCH_MS);
  registry.clear();
  registry.set('page-find', new Set());
  window.dispatchEvent(new MouseEvent('click'));
  vi.advanceTimersByTime(BATCH_MS);
  expect([...(registry.get('company-lens-restricted') ?? [])]).toEqual([a]);
  expect(registry.has('page-find')).toBe(true);
});
