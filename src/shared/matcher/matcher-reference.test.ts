/**
 * Property: on random texts made of aliases (in any case, with ignorables and whitespace runs inside),
 * their beginnings and filler that sticks to them, the automaton finds exactly what a brute-force
 * search at every position finds, filtered by the same boundary and case rules and resolved the same
 * way; `mayContain` says whether any alias occurs at all, boundaries and case aside; and the two
 * regular expressions built for small dictionaries, on their own, pass every such text (the
 * prefilter) and stand at every mention's start (the name-start expression), and the gate's
 * expression passes every text with a mention.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcher, type MatcherPattern } from './compile.ts';
import { loadMatcher, type Matcher } from './load.ts';
import {
  type Candidate,
  foldChar,
  hasWordBoundaries,
  IGNORABLE_CHARS,
  isIgnorable,
  isWhitespace,
  normaliseAlias,
  pickMatches,
} from './text-rules.ts';

/** `[text, caseSensitive]` as a pattern of a company of its own. */
const pattern =
  (prefix: string) =>
  ([text, caseSensitive]: (string | boolean)[], i: number): MatcherPattern => ({
    text: text as string,
    caseSensitive: caseSensitive as boolean,
    companyId: `${prefix}${i}`,
  });

const PATTERNS: MatcherPattern[] = [
  ['Huawei', false],
  ['ZTE', true],
  ['China Mobile', false],
  ['China Mobile Ltd', false],
  ['Mobile Ltd', false],
  ['华为', false],
  ['小米Mi', false],
  ['AT&T', false],
  ['Johnson & Johnson', false],
  ['3M', false],
  ["McDonald's", false],
  ['Apple', true],
  ['Deutsche Telekom', true],
  ['(RED)', false],
  ['X', true],
].map(pattern('c'));

const ALIASES = PATTERNS.map((p) => normaliseAlias(p.text));

const isSpaceOrIgnorable = (code: number) => isWhitespace(code) || isIgnorable(code);

/** Where an occurrence of `alias` starting at `start` ends, or -1. */
function occurrenceEnd(text: string, start: number, alias: string, exactCase: boolean): number {
  if (start >= text.length || isSpaceOrIgnorable(text.charCodeAt(start))) return -1;
  let i = start;
  for (let j = 0; j < alias.length; j++) {
    if (j > 0) while (i < text.length && isIgnorable(text.charCodeAt(i))) i++;
    if (i >= text.length) return -1;
    const wanted = alias[j] as string;
    if (wanted === ' ') {
      if (!isWhitespace(text.charCodeAt(i))) return -1;
      while (i < text.length && isSpaceOrIgnorable(text.charCodeAt(i))) i++;
      continue;
    }
    const unit = text[i] as string;
    if (exactCase ? unit !== wanted : foldChar(unit) !== foldChar(wanted)) return -1;
    i++;
  }
  return i;
}

interface Subject {
  patterns: MatcherPattern[];
  matcher: Matcher;
  /** The regular expressions the matcher was compiled with (small dictionaries), tested on their own. */
  prefilter?: RegExp;
  starts?: RegExp;
  gate?: RegExp;
}

/** `whole`: without the regular expressions, as a large dictionary ships (the automaton reads every character). */
function subject(patterns: MatcherPattern[], { whole = false } = {}): Subject {
  const serialized = JSON.parse(JSON.stringify(compileMatcher(patterns)));
  expect(serialized.starts).toBeDefined();
  if (whole) {
    delete serialized.starts;
    delete serialized.prefilter;
  }
  const regexes = whole
    ? {}
    : {
        prefilter: new RegExp(serialized.prefilter),
        starts: new RegExp(serialized.starts, 'g'),
        gate: new RegExp(serialized.gate),
      };
  return { patterns, matcher: loadMatcher(serialized), ...regexes };
}

function referenceFindAll({ patterns }: Subject, text: string): string[] {
  const candidates: Candidate[] = [];
  for (let start = 0; start < text.length; start++) {
    patterns.forEach(({ text: alias, caseSensitive }, pattern) => {
      const end = occurrenceEnd(text, start, normaliseAlias(alias), caseSensitive);
      if (end >= 0 && hasWordBoundaries(text, start, end)) candidates.push({ start, end, pattern });
    });
  }
  return pickMatches(candidates).map((c) => `${c.start}-${c.end}=${patterns[c.pattern]?.companyId}`);
}

function referenceMayContain({ patterns }: Subject, text: string): boolean {
  for (let start = 0; start < text.length; start++) {
    if (patterns.some((p) => occurrenceEnd(text, start, normaliseAlias(p.text), false) >= 0)) return true;
  }
  return false;
}

/** Every position where the name-start expression matches (it is zero-width). */
function startPositions(starts: RegExp, text: string): Set<number> {
  const positions = new Set<number>();
  starts.lastIndex = 0;
  while (starts.test(text)) positions.add(starts.lastIndex++);
  return positions;
}

function agreesWithReference(s: Subject, text: string): void {
  const reference = referenceFindAll(s, text);
  const found = s.matcher.findAll(text).map((h) => `${h.start}-${h.end}=${h.companyId}`);
  expect(found).toEqual(reference);
  const may = referenceMayContain(s, text);
  expect(s.matcher.mayContain(text)).toBe(may);
  // The prefilter may pass more, never less.
  if (may) expect(s.matcher.prefilter(text)).toBe(true);
  // The regular expressions on their own: the prefilter passes every text holding an alias, and
  // the name-start expression stands at every mention's start (text with an ignorable is scanned whole).
  if (may && s.prefilter) expect(s.prefilter.test(text)).toBe(true);
  // The gate lets every text with a mention through.
  if (reference.length > 0 && s.gate) expect(s.gate.test(text)).toBe(true);
  if (s.starts && ![...IGNORABLE_CHARS].some((char) => text.includes(char))) {
    const starts = startPositions(s.starts, text);
    for (const mention of reference) expect(starts).toContain(Number(mention.split('-')[0]));
  }
}

const FILLER = [
  ...['a', 'x', 'X', 'Hua', 'wei', 'China', 'Mobile', 'Ltd', 'Johnson', 'Deutsche', 'AT', 'T', 'M', 's'],
  ...[' ', '  ', '\n', '\u00a0', '\u00ad', '\u200b', '&', "'", '’', '-', '.', '(', ')', ','],
  ...['é', 'ß', 'Ü', '3', '𝐀', '😀', '华', '为', '我', '小米'],
];

/** An alias as a page might write it: in its case or any other, ignorables inside, any whitespace run. */
const aliasArb = fc
  .record({
    alias: fc.constantFrom(...ALIASES),
    casing: fc.constantFrom('as is', 'as is', 'upper', 'lower', 'mixed'),
    upper: fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
    inserts: fc.array(fc.constantFrom('', '', '', '\u00ad', '\u200b'), { minLength: 20, maxLength: 20 }),
    space: fc.constantFrom(' ', '\n  ', '\u00a0', ' \u00ad '),
  })
  .map(({ alias, casing, upper, inserts, space }) =>
    [...alias]
      .map((char, i) => {
        if (char === ' ') return space;
        const up = casing === 'upper' || (casing === 'mixed' && upper[i]);
        const cased = casing === 'as is' ? char : up ? char.toUpperCase() : char.toLowerCase();
        return i === 0 ? cased : `${inserts[i]}${cased}`;
      })
      .join(''),
  );

/** The start of an alias: a name under way where the text goes on differently. */
const prefixArb = fc
  .tuple(fc.constantFrom(...ALIASES), fc.nat())
  .map(([alias, n]) => alias.slice(0, 1 + (n % alias.length)));

const textArb = fc
  .array(fc.oneof(aliasArb, prefixArb, fc.constantFrom(...FILLER), fc.constantFrom(...FILLER)), {
    maxLength: 14,
  })
  .map((pieces) => pieces.join(''));

const names = subject(PATTERNS);
const namesWhole = subject(PATTERNS, { whole: true });

/** Few symbols, so that names overlap, restart inside one another and fall off the trie all the time. */
const tiny = subject(
  [
    ['ab', false],
    ['ba', false],
    ['aab', false],
    ['abab', false],
    ['b a', false],
    ['a&b', false],
    ['Bb', true],
    ['&a', false],
    ['a华', false],
  ].map(pattern('t')),
);
const tinyTextArb = fc
  .array(
    fc.oneof(
      fc.constantFrom('a', 'b', '&', ' '),
      fc.constantFrom('A', 'B', '\n', '\u00ad', 'x', 'é', '华', '𝐀'),
    ),
    { maxLength: 24 },
  )
  .map((units) => units.join(''));

describe('matcher against a brute-force reference', () => {
  it.each([
    [
      'finds what a search at every position finds; mayContain whether any alias occurs at all; the regular expressions pass at least that',
      names,
      textArb,
      400,
    ],
    [
      'agrees as well without the name-start expression and the prefilter (large dictionaries)',
      namesWhole,
      textArb,
      200,
    ],
    ['agrees on a tiny alphabet where names keep overlapping', tiny, tinyTextArb, 1000],
  ] as const)('%s', (_, s, texts, numRuns) => {
    fc.assert(
      fc.property(texts, (text) => agreesWithReference(s, text)),
      { numRuns },
    );
  });

  it('finds in slices what it finds in one pass', () => {
    fc.assert(
      fc.property(textArb, fc.integer({ min: 1, max: 12 }), (text, size) => {
        const sliced = [];
        let notBefore = 0;
        for (let from = 0; from < text.length; from += size) {
          const hits = names.matcher.findAll(text, from, Math.min(text.length, from + size), notBefore);
          sliced.push(...hits);
          notBefore = hits.at(-1)?.end ?? notBefore;
        }
        expect(sliced).toEqual(names.matcher.findAll(text));
      }),
      { numRuns: 300 },
    );
  });
});
