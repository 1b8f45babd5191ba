// @vitest-environment jsdom
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { BATCH_MS, startHighlightPainter } from './highlight-painter.ts';
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

it('paints in batches, drops ranges removed before they were painted, and unregisters on abort', () => {
  const registry = installFakeHighlights(window);
  const painter = startHighlightPainter(window as Window & typeof globalThis, 'underline', life.signal);
  const [a, b, c] = [rangeOver('a'), rangeOver('b'), rangeOver('c')];
  painter.add('restricted', a);
  painter.add('none', b);
  painter.remove('none', b);
  expect(registry.get('company-lens-restricted')?.size).toBe(0);
  vi.advanceTimersByTime(BATCH_MS);
  expect([...(registry.get('company-lens-restricted') ?? [])]).toEqual([a]);
  expect(registry.get('company-lens-none')?.size).toBe(0);
  painter.remove('restricted', a);
  painter.add('contested', c);
  vi.advanceTimersByTime(BATCH_MS);
  expect(registry.get('company-lens-restricted')?.size).toBe(0);
  expect([...(registry.get('company-lens-contested') ?? [])]).toEqual([c]);
  registry.set('company-lens-active', new Set());
  life.abort();
  expect([...registry.keys()]).toEqual([]);
});
