/**
 * Whether a candidate match stands alone as a word: "Googleplex" and "Samsungs" do not, "Xiaomi's",
 * "ZTE-made" and a Han name inside a Chinese sentence do.
 */
import { IGNORABLE_CHARS, isBoundaryWordChar, needsBoundary } from './char-classes.ts';

function charBefore(text: string, index: number): string {
  let i = index - 1;
  while (i >= 0 && IGNORABLE_CHARS.includes(text[i] as string)) i--;
  if (i < 0) return '';
  const code = text.charCodeAt(i);
  // A low surrogate: read the whole code point so \p{L} sees the real character.
  return code >= 0xdc00 && code <= 0xdfff && i > 0 ? text.slice(i - 1, i + 1) : (text[i] as string);
}

function charAfter(text: string, index: number): string {
  let i = index;
  while (i < text.length && IGNORABLE_CHARS.includes(text[i] as string)) i++;
  if (i >= text.length) return '';
  return String.fromCodePoint(text.codePointAt(i) as number);
}

function firstChar(text: string, start: number): string {
  return String.fromCodePoint(text.codePointAt(start) as number);
}

function lastChar(text: string, end: number): string {
  return charBefore(text, end);
}

// Most text is ASCII: answer without a Unicode regex where we can.
function isAsciiWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

function sideIsBoundary(edge: string, neighbour: string): boolean {
  if (neighbour === '') return true;
  const e = edge.charCodeAt(0);
  const n = neighbour.charCodeAt(0);
  if (e < 128 && n < 128) return !(isAsciiWordCode(e) && isAsciiWordCode(n));
  return !(needsBoundary(edge) && isBoundaryWordChar(neighbour));
}

export function hasWordBoundaries(text: string, start: number, end: number): boolean {
  return (
    sideIsBoundary(firstChar(text, start), charBefore(text, start)) &&
    sideIsBoundary(lastChar(text, end), charAfter(text, end))
  );
}
