/**
 * Whether a candidate match stands alone as a word: "Googleplex" and "Samsungs" do not, "Xiaomi's",
 * "ZTE-made" and a Han name inside a Chinese sentence do. Runs for every candidate, so it works on
 * char codes and only builds strings for the rare non-ASCII neighbour.
 */
import { IGNORABLE_CHARS, isBoundaryWordChar } from './char-classes.ts';

const NONE = -1;

function isIgnorableCode(code: number): boolean {
  return code >= 0xad && IGNORABLE_CHARS.includes(String.fromCharCode(code));
}

/** Code point of the last non-ignorable character before `index`, or NONE. */
function codePointBefore(text: string, index: number): number {
  let i = index - 1;
  while (i >= 0 && isIgnorableCode(text.charCodeAt(i))) i--;
  if (i < 0) return NONE;
  const code = text.charCodeAt(i);
  if (code >= 0xdc00 && code <= 0xdfff && i > 0) return text.codePointAt(i - 1) as number;
  return code;
}

/** Code point of the first non-ignorable character at or after `index`, or NONE. */
function codePointAfter(text: string, index: number): number {
  let i = index;
  while (i < text.length && isIgnorableCode(text.charCodeAt(i))) i++;
  return i < text.length ? (text.codePointAt(i) as number) : NONE;
}

function isWordCode(code: number): boolean {
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  }
  return isBoundaryWordChar(String.fromCodePoint(code));
}

/** Two word characters side by side make one word; CJK characters never need a boundary. */
function sideIsBoundary(edge: number, neighbour: number): boolean {
  return neighbour === NONE || !isWordCode(neighbour) || !isWordCode(edge);
}

export function hasWordBoundaries(text: string, start: number, end: number): boolean {
  return (
    sideIsBoundary(codePointAfter(text, start), codePointBefore(text, start)) &&
    sideIsBoundary(codePointBefore(text, end), codePointAfter(text, end))
  );
}
