/**
 * The prebuilt automaton as JSON: typed arrays as little-endian base64, so that a tab decodes it in
 * milliseconds instead of rebuilding Aho-Corasick (over a second for 100k names).
 *
 * States are numbered in breadth-first order and each state's trie edges are stored contiguously in
 * that order, so the target of edge `i` is state `i + 1` and needs no storage.
 *
 * Aliases and text go through the same transform into symbols (`readUnit` in text-rules.ts):
 * whitespace runs become one SPACE symbol, ignorables vanish, and WORD_START precedes every word unit
 * that follows no word unit. A name that begins with a letter can then only begin at a word start, which it must
 * anyway, and in the middle of a word the automaton falls back to the root instead of wandering
 * through the states of names that happen to start with the rest of that word.
 */
export interface SerializedMatcher {
  format: 'company-lens-aho-corasick';
  version: 3;
  /** Folded characters of the alphabet; the character at index i is symbol i + FIRST_CHAR_SYMBOL. */
  alphabet: string;
  /** Uint16 pairs (code unit, symbol) for characters that fold into the alphabet (upper case etc.). */
  foldPairs: string;
  stateCount: number;
  /** Uint32[stateCount + 1]: edges of state s are edgeStart[s] .. edgeStart[s + 1]. */
  edgeStart: string;
  /** Uint16[edges]: sorted symbols of each state's edges. */
  edgeSymbols: string;
  /** Uint32[stateCount]: failure links. */
  fail: string;
  /** Uint32[stateCount + 1]: patterns ending exactly at state s are outStart[s] .. outStart[s + 1]. */
  outStart: string;
  /** Uint32[]: pattern ids. */
  outPatterns: string;
  /**
   * Uint16 pairs (first, last), inclusive: the code units that are word units. The runtime needs this
   * for every character of the text, not only the alphabet's (after a letter no alias has, the next
   * letter starts no word), and testing 65,536 characters against a Unicode regex would cost each tab
   * milliseconds.
   */
  wordUnits: string;
  /**
   * Uint16[patterns]: length in symbols (WORD_START counts, a whitespace run counts as one, ignorables
   * as none).
   */
  patternLength: string;
  /** Uint32[patterns]: index into `companies`. */
  patternCompany: string;
  companies: string[];
  /** Pattern id -> normalised alias text, for case-sensitive aliases (checked against the original). */
  caseSensitive: Record<string, string>;
  /** Source of the prefilter regular expression (prefilter.ts); absent for large dictionaries. */
  prefilter?: string;
  /** First words of the aliases, where `findAll` looks for mentions (name-starts.ts); absent likewise. */
  starts?: string;
  /** Every alias whole, for the gate of every frame (gate-pattern.ts); absent for large dictionaries. */
  gate?: string;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function encodeArray(array: Uint16Array | Uint32Array): string {
  const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
  // Native encoding where the engine has it (Chrome 140+, Firefox 133+), as for decoding below.
  const native = (bytes as unknown as { toBase64?: () => string }).toBase64;
  if (native) return native.call(bytes);
  // Else into ASCII bytes, decoded once: strings built from tens of MB of char codes cost seconds.
  const digits = new Uint8Array(64);
  for (let i = 0; i < 64; i++) digits[i] = BASE64.charCodeAt(i);
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let o = 0;
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    out[o++] = digits[n >>> 18] as number;
    out[o++] = digits[(n >>> 12) & 63] as number;
    out[o++] = digits[(n >>> 6) & 63] as number;
    out[o++] = digits[n & 63] as number;
  }
  if (i < bytes.length) {
    const two = i + 1 < bytes.length;
    const n = ((bytes[i] as number) << 16) | (two ? (bytes[i + 1] as number) << 8 : 0);
    out[o++] = digits[n >>> 18] as number;
    out[o++] = digits[(n >>> 12) & 63] as number;
    out[o++] = two ? (digits[(n >>> 6) & 63] as number) : 61;
    out[o++] = 61;
  }
  return new TextDecoder().decode(out);
}

function decodeBytes(base64: string): Uint8Array {
  // Native decoding where the engine has it (Chrome 140+, Firefox 133+) is several times faster.
  const native = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
  if (native) return native(base64);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function decodeUint32(base64: string): Uint32Array {
  const bytes = decodeBytes(base64);
  return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
}

export function decodeUint16(base64: string): Uint16Array {
  const bytes = decodeBytes(base64);
  return new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 2);
}
