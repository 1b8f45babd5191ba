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

/**
 * Whether a BMP code unit is a word unit, from the matcher's prebuilt table: the same Unicode data
 * the automaton was built with, and no Unicode-property regex to compile in the page (about a
 * millisecond on first use).
 */
export type WordUnitTable = (code: number) => boolean;

function isWordCode(code: number, table: WordUnitTable | undefined): boolean {
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  }
  if (table && code <= 0xffff) return table(code);
  return isBoundaryWordChar(String.fromCodePoint(code));
}

/** Two word characters side by side make one word; CJK characters never need a boundary. */
function sideIsBoundary(edge: number, neighbour: number, table: WordUnitTable | undefined): boolean {
  return neighbour === NONE || !isWordCode(neighbour, table) || !isWordCode(edge, table);
}

export function hasWordBoundaries(text: string, start: number, end: number, table?: WordUnitTable): boolean {
  return (
    sideIsBoundary(codePointAfter(text, start), codePointBefore(text, start), table) &&
    sideIsBoundary(codePointBefore(text, end), codePointAfter(text, end), table)
  );
}
