/**
 * A regular expression that every text holding a name matches: the alternation of one word of each
 * alias (its longest), each character as the class of every code unit that folds to it, plus any
 * ignorable character (which may sit inside a word and so hide it from the alternation).
 *
 * It is the scanner's first look at a block's `textContent`. The automaton's `mayContain` does the
 * same job exactly, but it is JavaScript, and on a page it runs once, mostly before the engine has
 * optimised it; this regular expression is compiled to native code and took about a third of its
 * time (docs/benchmark.md, "Decisions behind the code"). It passes a few more blocks ("pineapple"
 * holds "apple"), which `findAll` then rejects.
 *
 * With many names the alternation stops paying (and grows large), so it is built only for small
 * dictionaries; the scanner falls back to `mayContain` otherwise.
 */
import { IGNORABLE_CHARS } from './text-rules.ts';

/** Above this many distinct words the matcher ships no prefilter. */
export const MAX_PREFILTER_WORDS = 256;

function unit(code: number): string {
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Pairs (first, last) of code unit ranges, inclusive, as one character class. */
export function rangesClass(ranges: ArrayLike<number>): string {
  if (ranges.length === 2 && ranges[0] === ranges[1]) return unit(ranges[0] as number);
  let out = '';
  for (let i = 0; i < ranges.length; i += 2) {
    const [first, last] = [ranges[i] as number, ranges[i + 1] as number];
    out += first === last ? unit(first) : `${unit(first)}-${unit(last)}`;
  }
  return `[${out}]`;
}

/** A character class of the given code units, consecutive ones as ranges. */
function classOf(codes: readonly number[]): string {
  const ranges: number[] = [];
  for (const code of [...new Set(codes)].sort((a, b) => a - b)) {
    if (ranges.length > 0 && ranges[ranges.length - 1] === code - 1) ranges[ranges.length - 1] = code;
    else ranges.push(code, code);
  }
  return rangesClass(ranges);
}

/** Any ignorable character, as a class: one may sit inside a word and hide it from a pattern. */
export const IGNORABLE_CLASS = classOf([...IGNORABLE_CHARS].map((char) => char.charCodeAt(0)));

/**
 * A folded word as a pattern: each code unit as the class of every unit that reads as it. Per code
 * unit, as the automaton reads text (an astral character is two symbols there too).
 */
export function wordPattern(word: string, unitsOf: (folded: string) => readonly number[]): string {
  return word
    .split('')
    .map((char) => classOf(unitsOf(char)))
    .join('');
}

/**
 * The prefilter's source, or undefined when the dictionary is too large for one.
 * @param foldedAliases aliases normalised and folded, words separated by one space
 * @param unitsOf every code unit that reads as the given folded alias character
 */
export function prefilterSource(
  foldedAliases: readonly string[],
  unitsOf: (folded: string) => readonly number[],
): string | undefined {
  const words = new Set<string>();
  for (const alias of foldedAliases) {
    const longest = alias.split(' ').reduce((best, word) => (word.length > best.length ? word : best), '');
    words.add(longest);
    if (words.size > MAX_PREFILTER_WORDS) return undefined;
  }
  // A word holding another one adds nothing: any text with it holds the other too.
  const needed = [...words].filter(
    (word) => ![...words].some((other) => other !== word && word.includes(other)),
  );
  // Longest first, so that the engine tries the most specific alternative at each position.
  const alternatives = needed
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((word) => wordPattern(word, unitsOf));
  return [...alternatives, IGNORABLE_CLASS].join('|');
}

/** The runtime test: compiled once per tab, lazily by the engine. */
export function compilePrefilter(source: string): (text: string) => boolean {
  const pattern = new RegExp(source);
  return (text) => pattern.test(text);
}
