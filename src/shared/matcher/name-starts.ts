/**
 * Where in a text a name can start, found by a native regular expression, so that the automaton
 * runs only there instead of over every character.
 *
 * Every mention begins with its alias's first word, character for character (each character as the
 * class of the code units that fold to it), and one whose first character is a word unit begins at
 * a word start. A regular expression of those first words, behind a "no word unit before" test for
 * the ones starting with a word unit, therefore matches at every position a mention starts, and at
 * few others. `findAll` then runs the automaton from each such position only as far as a name
 * starting there could reach. On a page this matters because the automaton's loop is JavaScript that
 * mostly runs before the engine has optimised it, while the engine compiles the expression to native
 * code (figures: docs/benchmark.md, "Decisions behind the code").
 *
 * Ignorable characters can sit inside a first word, where the expression cannot see through them:
 * text holding any is scanned whole. Large dictionaries ship no expression (see MAX_PREFILTER_WORDS).
 */
import { IGNORABLE_CLASS, MAX_PREFILTER_WORDS, rangesClass, wordPattern } from './prefilter.ts';
import { isWordUnit } from './text-rules.ts';

/** A word that starts with another word of the list adds nothing to a look-ahead. */
function withoutLongerForms(words: Set<string>): string[] {
  return [...words].filter((word) => ![...words].some((other) => other !== word && word.startsWith(other)));
}

/**
 * The expression's source (built with the dictionary, so that a tab only compiles it), or undefined
 * for a dictionary too large for one.
 * @param wordUnits pairs (first, last) of the code unit ranges that are word units
 */
export function nameStartsSource(
  foldedAliases: readonly string[],
  unitsOf: (folded: string) => readonly number[],
  wordUnits: Uint16Array,
): string | undefined {
  const atWordStart = new Set<string>();
  const anywhere = new Set<string>();
  for (const alias of foldedAliases) {
    const first = alias.split(' ')[0] as string;
    (isWordUnit(first.charCodeAt(0)) ? atWordStart : anywhere).add(first);
    if (atWordStart.size + anywhere.size > MAX_PREFILTER_WORDS) return undefined;
  }
  const alternation = (words: Set<string>) =>
    withoutLongerForms(words)
      .sort()
      .map((word) => wordPattern(word, unitsOf))
      .join('|');
  const parts: string[] = [];
  // The look-ahead first: it fails fast at most positions, before the look-behind's large class.
  if (atWordStart.size > 0) parts.push(`(?=${alternation(atWordStart)})(?<!${rangesClass(wordUnits)})`);
  if (anywhere.size > 0) parts.push(`(?=${alternation(anywhere)})`);
  return parts.join('|');
}

/** The automaton's scan of the mentions starting in [from, to) (see `Matcher.findAll`). */
export type Scan<Hit extends { end: number }> = (
  text: string,
  from: number,
  to: number,
  notBefore: number,
) => readonly Hit[];

/**
 * Runs `scan` only from the positions where a name can start. Same result as `scan(text, from, to,
 * notBefore)`: a mention can start nowhere else, and scanning consecutive slices already gives what
 * one pass gives (the gaps between the positions are slices in which nothing starts).
 */
export function scanAtNameStarts<Hit extends { end: number }>(source: string, scan: Scan<Hit>): Scan<Hit> {
  // Global, for `lastIndex`; `test` rather than `exec` allocates no match object.
  const starts = new RegExp(source, 'g');
  const ignorable = new RegExp(IGNORABLE_CLASS);
  return (text, from, to, notBefore) => {
    if (ignorable.test(text)) return scan(text, from, to, notBefore);
    const hits: Hit[] = [];
    let taken = notBefore;
    starts.lastIndex = from;
    // Zero-width matches: `lastIndex` is left at the position found, and moved on by hand.
    while (starts.test(text)) {
      const at = starts.lastIndex;
      if (at >= to) break;
      if (at < taken) {
        // Inside a mention already taken: nothing can start there.
        starts.lastIndex = taken;
        continue;
      }
      for (const hit of scan(text, at, at + 1, taken)) {
        hits.push(hit);
        taken = hit.end;
      }
      starts.lastIndex = Math.max(at + 1, taken);
    }
    return hits;
  };
}
