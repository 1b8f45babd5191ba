/**
 * mark.js as its documentation suggests for whole names: exact matches limited by punctuation, no
 * splitting into words, diacritics off (its default builds a far larger, slower regex). Case-sensitive
 * aliases need a second call. mark.js is synchronous without iframes: both calls finish before return.
 */
import type { MatcherPattern } from '../../../src/shared/matcher/compile.ts';

interface MarkInstance {
  mark(keywords: string[], options: Record<string, unknown>): void;
}
type MarkConstructor = new (context: Element) => MarkInstance;

const LIMITERS = [...',.;:?!\'"()[]{}<>/-’‘“”'];

/** Marks every name in the frame's text; returns how many. */
export function markJs(patterns: MatcherPattern[]): number {
  const Mark = (window as unknown as { Mark?: MarkConstructor }).Mark;
  if (!Mark) throw new Error('mark.js is not loaded in this frame');
  let count = 0;
  const instance = new Mark(document.body);
  for (const caseSensitive of [false, true]) {
    const keywords = patterns.filter((p) => p.caseSensitive === caseSensitive).map((p) => p.text);
    if (keywords.length === 0) continue;
    instance.mark(keywords, {
      accuracy: { value: 'exactly', limiters: LIMITERS },
      separateWordSearch: false,
      diacritics: false,
      caseSensitive,
      done: (total: number) => {
        count += total;
      },
    });
  }
  return count;
}
