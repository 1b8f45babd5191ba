/** The automaton is decoded on first use only: most pages and frames hold no name at all. */
import { expect, it, vi } from 'vitest';

const decoded = vi.hoisted(() => ({ count: 0 }));
vi.mock('./automaton.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('./automaton.ts')>();
  return {
    ...original,
    buildAutomaton: (serialized: Parameters<typeof original.buildAutomaton>[0]) => {
      decoded.count++;
      return original.buildAutomaton(serialized);
    },
  };
});

const { compileMatcher } = await import('./compile.ts');
const { loadMatcher } = await import('./load.ts');

it('decodes the automaton only when a text may hold a name, and once', () => {
  const matcher = loadMatcher(
    compileMatcher([{ text: 'Xiaomi', caseSensitive: false, companyId: 'xiaomi' }]),
  );
  expect(matcher.prefilter('The weather was mild.')).toBe(false);
  expect(matcher.findAll('The weather was mild.')).toEqual([]);
  expect(decoded.count).toBe(0);
  expect(matcher.findAll('Xiaomi phones')).toHaveLength(1);
  expect(matcher.findAll('more Xiaomi')).toHaveLength(1);
  expect(decoded.count).toBe(1);
});
