/**
 * Character classes shared by the build-time compiler and the runtime matcher, so that both fold
 * and normalise text identically.
 */

/** Zero-width and soft-hyphen characters that may sit inside a name without breaking it. */
export const IGNORABLE_CHARS = '\u00AD\u200B\u200C\u200D\u2060\uFEFF';

const WHITESPACE = /\s/;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
// Scripts written without spaces between words: names in them need no word boundary.
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

export function isIgnorable(code: number): boolean {
  return IGNORABLE_CHARS.includes(String.fromCharCode(code));
}

export function isWhitespace(code: number): boolean {
  return WHITESPACE.test(String.fromCharCode(code));
}

/**
 * Case folding one UTF-16 code unit to one code unit, so that offsets in folded text are offsets in
 * the original. Characters whose lower case is longer (e.g. U+0130) are left as they are.
 */
export function foldChar(char: string): string {
  const lower = char.toLowerCase();
  return lower.length === char.length ? lower : char;
}

/** Removes ignorables, collapses whitespace runs to one space and trims: the canonical alias form. */
export function normaliseAlias(text: string): string {
  let out = '';
  for (const char of text) {
    if (char.length === 1 && isIgnorable(char.charCodeAt(0))) continue;
    if (WHITESPACE.test(char)) {
      if (out !== '' && !out.endsWith(' ')) out += ' ';
    } else {
      out += char;
    }
  }
  return out.trimEnd();
}

/** A letter, digit or mark of a spaced script: two of these side by side are one word. */
export function isBoundaryWordChar(char: string): boolean {
  return WORD_CHAR.test(char) && !UNSPACED_SCRIPT.test(char);
}

/**
 * A UTF-16 code unit that is a word character of a spaced script: what WORD_START symbols are placed
 * by. Per code unit because the automaton reads code units; surrogates count as non-word, which only
 * admits extra candidates (after an astral letter) that `hasWordBoundaries` then rejects.
 */
export function isWordUnit(code: number): boolean {
  return (code < 0xd800 || code > 0xdfff) && isBoundaryWordChar(String.fromCharCode(code));
}
