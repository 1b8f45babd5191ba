/**
 * Runtime side of the matcher: decodes the prebuilt automaton (milliseconds, no rebuilding) and
 * scans text in one pass whose cost per character does not depend on how many names there are.
 * What counts as a match is decided in text-rules.ts; this file and the ones below only make it fast.
 *
 * Two paths, by dictionary size:
 * - Up to MAX_PREFILTER_WORDS distinct words (the shipped dictionary): `prefilter` is a native
 *   regular expression (prefilter.ts), and `findAll` runs the automaton only from the positions
 *   another one finds (name-starts.ts). The automaton is small enough for dense rows only.
 * - Larger dictionaries (the bench's 1,000 and 100,000 names, and knowledge packs): no regular
 *   expressions; `prefilter` is `mayContain` (may-contain.ts) and `findAll` reads every character.
 *   Shallow states have dense rows and deep ones sparse edges (automaton.ts).
 */
import { type Automaton, buildAutomaton, DEPTH, FAIL, NODE_STRIDE, REPORT, step } from './automaton.ts';
import { mayContainIn } from './may-contain.ts';
import { type Scan, scanAtNameStarts } from './name-starts.ts';
import { compilePrefilter } from './prefilter.ts';
import { decodeUint16, decodeUint32, type SerializedMatcher } from './serialized-matcher.ts';
import {
  type Candidate,
  hasWordBoundaries,
  pickMatches,
  READING,
  readUnit,
  SKIP_SYMBOL,
  spellsExactly,
  TEXT_START,
  WORD_UNIT_FLAG,
} from './text-rules.ts';

export type { SerializedMatcher } from './serialized-matcher.ts';

export interface MatchHit {
  start: number;
  end: number;
  companyId: string;
}

export interface Matcher {
  /**
   * Non-overlapping mentions in `text` that start in [from, to), in order. Scanning continues past
   * `to` only as far as a mention started before it could reach, so a long text can be matched in
   * consecutive slices; `notBefore` drops mentions overlapping one already taken from the previous slice.
   */
  findAll(text: string, from?: number, to?: number, notBefore?: number): readonly MatchHit[];
  /**
   * Whether any alias occurs in `text` ignoring word boundaries and case rules: never false where
   * `findAll` would find something, so text that fails it (a whole block's `textContent`) can be
   * skipped without walking its nodes.
   */
  mayContain(text: string): boolean;
  /**
   * A cheaper first look than `mayContain`, possibly true more often: false only where `mayContain`
   * is false too. A native regular expression for small dictionaries, `mayContain` itself otherwise.
   */
  prefilter(text: string): boolean;
  readonly companyIds: readonly string[];
}

/** What precedes `index`, so that a slice starts the way a scan from the beginning would be there. */
function unitBefore(symbolOf: Uint16Array, text: string, index: number): number {
  for (let i = index - 1; i >= 0; i--) {
    const symbol = symbolOf[text.charCodeAt(i)] as number;
    if (symbol !== SKIP_SYMBOL) return symbol;
  }
  return TEXT_START;
}

const NO_HITS: readonly MatchHit[] = Object.freeze([]);

/** The decoded automaton and its scan of the mentions starting in [from, to). */
function automatonScanner(serialized: SerializedMatcher): { a: Automaton; scan: Scan<MatchHit> } {
  const a: Automaton = buildAutomaton(serialized);
  const outStart = decodeUint32(serialized.outStart);
  const outPatterns = decodeUint32(serialized.outPatterns);
  const patternLength = decodeUint16(serialized.patternLength);
  const patternCompany = decodeUint32(serialized.patternCompany);
  const caseTexts = new Map(Object.entries(serialized.caseSensitive).map(([id, text]) => [Number(id), text]));
  let ringSize = 1;
  while (ringSize <= a.maxDepth) ringSize *= 2;
  const ringMask = ringSize - 1;
  // Text index of each of the last symbols consumed, so a match's length in symbols gives its start.
  const ring = new Int32Array(ringSize);
  const isWordUnitCode = (code: number) => ((a.symbolOf[code] as number) & WORD_UNIT_FLAG) !== 0;

  /** The candidates of every pattern ending at text index `end - 1` in `state`. */
  function collect(
    text: string,
    state: number,
    end: number,
    consumed: number,
    to: number,
    into: Candidate[],
  ) {
    const nodes = a.nodes;
    for (let s = nodes[state * NODE_STRIDE + REPORT] as number; s !== 0; ) {
      for (let o = outStart[s] as number; o < (outStart[s + 1] as number); o++) {
        const pattern = outPatterns[o] as number;
        const start = ring[(consumed - (patternLength[pattern] as number)) & ringMask] as number;
        const alias = caseTexts.get(pattern);
        if (
          start < to &&
          (alias === undefined || spellsExactly(a.symbolOf, text, start, end, alias)) &&
          hasWordBoundaries(text, start, end, isWordUnitCode)
        ) {
          into.push({ start, end, pattern });
        }
      }
      s = nodes[(nodes[s * NODE_STRIDE + FAIL] as number) * NODE_STRIDE + REPORT] as number;
    }
  }

  function scan(text: string, from: number, to: number, notBefore: number): readonly MatchHit[] {
    // Locals rather than closure slots or imports (some loaders turn those into getters): this loop
    // runs per character.
    const { symbolOf, dense, rows, width, nodes } = a;
    const slots = ring;
    const mask = ringMask;
    const { wordStart, startsWord, symbolMask } = READING;
    const stride = NODE_STRIDE;
    const candidates: Candidate[] = [];
    let state = 0;
    let consumed = 0;
    let before = unitBefore(symbolOf, text, from);
    for (let i = from; i < text.length; i++) {
      if (i >= to) {
        // Past the slice: go on only while a name that started inside it may still be under way.
        if (state === 0) break;
        const depth = nodes[state * stride + DEPTH] as number;
        if ((slots[(consumed - depth) & mask] as number) >= to) break;
      }
      const unit = readUnit(symbolOf[text.charCodeAt(i)] as number, before);
      if (unit < 0) continue;
      before = unit;
      // A character no alias has (UNKNOWN_SYMBOL) needs no test of its own: no state has an edge
      // for it, so its step leads back to the root.
      const symbol = unit & symbolMask;
      if (unit >= startsWord) {
        // Its ring slot holds the index of the character it stands before: where a name starts.
        slots[consumed & mask] = i;
        consumed++;
        // Never negative: no name ends with WORD_START.
        state = state < rows ? (dense[state * width + wordStart] as number) : step(a, state, wordStart);
      }
      slots[consumed & mask] = i;
      consumed++;
      const target = state < rows ? (dense[state * width + symbol] as number) : step(a, state, symbol);
      if (target >= 0) {
        state = target;
      } else {
        state = ~target;
        collect(text, state, i + 1, consumed, to, candidates);
      }
    }
    // Most scans from a name start find nothing: no garbage for those.
    if (candidates.length === 0) return NO_HITS;
    return pickMatches(candidates, notBefore).map(({ start, end, pattern }) => ({
      start,
      end,
      companyId: serialized.companies[patternCompany[pattern] as number] as string,
    }));
  }

  return { a, scan };
}

export function loadMatcher(serialized: SerializedMatcher): Matcher {
  if (serialized.format !== 'company-lens-aho-corasick' || serialized.version !== 3) {
    throw new Error('Unsupported matcher format: rebuild the data with `npm run data`');
  }
  // Decoded on first use: where the prefilter finds no name (most pages, most frames), never.
  let automaton: ReturnType<typeof automatonScanner> | undefined;
  const built = () => {
    automaton ??= automatonScanner(serialized);
    return automaton;
  };
  const scan: Scan<MatchHit> = (text, from, to, notBefore) => built().scan(text, from, to, notBefore);
  const scanStarts = serialized.starts ? scanAtNameStarts(serialized.starts, scan) : scan;
  const findAll = (text: string, from = 0, to = text.length, notBefore = 0) =>
    scanStarts(text, from, to, notBefore);
  // Built on first use: with a prefilter, most pages never need it.
  let exact: ((text: string) => boolean) | undefined;
  const mayContain = (text: string) => {
    exact ??= mayContainIn(built().a);
    return exact(text);
  };
  const prefilter = serialized.prefilter === undefined ? mayContain : compilePrefilter(serialized.prefilter);
  return { findAll, mayContain, prefilter, companyIds: serialized.companies };
}
