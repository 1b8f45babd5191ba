/**
 * The gate's regular expression (`src/content/gate/`): it matches wherever the matcher could find a
 * mention, and on a page that names no company it almost never matches. Each alias whole: its words
 * (each character as the class of the code units that fold to it, or as written for a case-sensitive
 * alias), a whitespace run between two words, and a word boundary at either end where the alias
 * begins or ends with a word unit, as `hasWordBoundaries` (text-rules.ts) requires; plus any
 * ignorable character, which may sit inside a name and hide it from the rest.
 *
 * Why not the scanner's prefilter (prefilter.ts): it tests one word of each alias anywhere, which is
 * right for a block about to be read, but "band" of "Mi Band" and "mix" of "Mi Mix" are in most
 * English pages, so a gate built on it let nearly every page through (docs/benchmark.md, "The gate").
 */
import { IGNORABLE_CLASS, MAX_PREFILTER_WORDS, rangesClass, wordPattern } from './prefilter.ts';
import { isWordUnit } from './text-rules.ts';

/** Above this many distinct aliases the matcher ships no gate expression: every page loads the lens. */
export const MAX_GATE_ALIASES = MAX_PREFILTER_WORDS;

export interface GateAlias {
  /** Normalised (`normaliseAlias`): words separated by one space. */
  text: string;
  /** `text` case-folded. */
  folded: string;
  caseSensitive: boolean;
}

/**
 * The boundary tests look only at word units below this: a subset of the matcher's word units can
 * only let more text through (a name after a Cyrillic letter passes the gate, and the matcher then
 * rejects it), and the whole set made the expression that every frame compiles several times larger
 * (docs/benchmark.md, "The gate"). Latin, Greek and Cyrillic letters, digits and combining marks are
 * below it.
 */
const BOUNDARY_LIMIT = 0x0530;

/** The ranges (first, last pairs) cut off at `limit`. */
function below(ranges: Uint16Array, limit: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < ranges.length; i += 2) {
    const [first, last] = [ranges[i] as number, ranges[i + 1] as number];
    if (first < limit) out.push(first, Math.min(last, limit - 1));
  }
  return out;
}

const exactly = (word: string) =>
  word
    .split('')
    .map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .join('');

/**
 * The expression's source, or undefined for a dictionary too large for one.
 * @param unitsOf every code unit that reads as the given folded character
 * @param wordUnits pairs (first, last) of the code unit ranges that are word units
 */
export function gateSource(
  aliases: readonly GateAlias[],
  unitsOf: (folded: string) => readonly number[],
  wordUnits: Uint16Array,
): string | undefined {
  if (aliases.length > MAX_GATE_ALIASES) return undefined;
  // Grouped by the boundaries they need, so that each class is written once per group.
  const groups = new Map<string, Set<string>>();
  for (const alias of aliases) {
    const words = alias.caseSensitive
      ? alias.text.split(' ').map(exactly)
      : alias.folded.split(' ').map((word) => wordPattern(word, unitsOf));
    const before = isWordUnit(alias.text.charCodeAt(0));
    const after = isWordUnit(alias.text.charCodeAt(alias.text.length - 1));
    const key = `${before ? 'b' : ''}${after ? 'a' : ''}`;
    if (!groups.has(key)) groups.set(key, new Set());
    groups.get(key)?.add(words.join('\\s+'));
  }
  const word = rangesClass(below(wordUnits, BOUNDARY_LIMIT));
  const alternatives = [...groups].map(([key, bodies]) => {
    // Longest first, so that the engine tries the most specific alternative at each position.
    const body = [...bodies].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join('|');
    return `${key.includes('b') ? `(?<!${word})` : ''}(?:${body})${key.includes('a') ? `(?!${word})` : ''}`;
  });
  return [...alternatives, IGNORABLE_CLASS].join('|');
}
