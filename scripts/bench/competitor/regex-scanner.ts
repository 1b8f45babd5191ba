/**
 * The naive scanner: one alternation regex of every alias (longest first, so the longest name wins
 * where two start together), with word boundaries where the name starts or ends with a letter or
 * digit, case-insensitive aliases as `(?i:...)` groups. Each match becomes a Range in one highlight.
 */
import type { MatcherPattern } from '../../../src/shared/matcher/compile.ts';

const WORD = /[\p{L}\p{N}]/u;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const needsBoundary = (char: string) => WORD.test(char) && !UNSPACED.test(char);

function aliasRegex(patterns: readonly MatcherPattern[]): RegExp {
  const alternatives = [...patterns]
    .sort((a, b) => b.text.length - a.text.length)
    .map(({ text, caseSensitive }) => {
      const body = text
        .trim()
        .split(/\s+/)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'))
        .join('\\s+');
      const before = needsBoundary(text.trim().charAt(0)) ? '(?<![\\p{L}\\p{N}])' : '';
      const after = needsBoundary(text.trim().slice(-1)) ? '(?![\\p{L}\\p{N}])' : '';
      return `${before}${caseSensitive ? body : `(?i:${body})`}${after}`;
    });
  return new RegExp(alternatives.join('|'), 'gu');
}

/** Marks every name in the frame's text; returns how many. */
export function regexScan(patterns: MatcherPattern[]): number {
  const regex = aliasRegex(patterns);
  const highlight = new Highlight();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node as Text).data;
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match; match = regex.exec(text)) {
      const range = new Range();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      highlight.add(range);
    }
  }
  CSS.highlights.set('bench-regex', highlight);
  return highlight.size;
}
