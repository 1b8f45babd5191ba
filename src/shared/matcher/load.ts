/**
 * Runtime side of the matcher: decodes the prebuilt automaton (milliseconds, no rebuilding) and
 * scans text in one pass whose cost per character does not depend on how many names there are.
 */
import { type Candidate, pickMatches } from './pick-matches.ts';
import {
  decodeUint16,
  decodeUint32,
  FIRST_CHAR_SYMBOL,
  type SerializedMatcher,
  SKIP_SYMBOL,
  SPACE_SYMBOL,
  UNKNOWN_SYMBOL,
} from './serialized-matcher.ts';
import { hasWordBoundaries } from './word-boundaries.ts';

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
  findAll(text: string, from?: number, to?: number, notBefore?: number): MatchHit[];
  /**
   * Whether any alias occurs in `text` ignoring word boundaries and case rules: never false where
   * `findAll` would find something, so text that fails it (a whole block's `textContent`) can be
   * skipped without walking its nodes.
   */
  mayContain(text: string): boolean;
  readonly companyIds: readonly string[];
}

/** Entries in the dense transition table (4 bytes each). */
const DENSE_BUDGET = 1 << 18;

export function loadMatcher(serialized: SerializedMatcher): Matcher {
  if (serialized.format !== 'company-lens-aho-corasick' || serialized.version !== 1) {
    throw new Error('Unsupported matcher format: rebuild the data with `npm run data`');
  }
  const stateCount = serialized.stateCount;
  const edgeStart = decodeUint32(serialized.edgeStart);
  const edgeSymbols = decodeUint16(serialized.edgeSymbols);
  const fail = decodeUint32(serialized.fail);
  const outStart = decodeUint32(serialized.outStart);
  const outPatterns = decodeUint32(serialized.outPatterns);
  const patternLength = decodeUint16(serialized.patternLength);
  const patternCompany = decodeUint32(serialized.patternCompany);
  const caseTexts = new Map(Object.entries(serialized.caseSensitive).map(([id, text]) => [Number(id), text]));

  const symbolOf = new Uint16Array(0x10000);
  for (let i = 0; i < serialized.alphabet.length; i++) {
    symbolOf[serialized.alphabet.charCodeAt(i)] = i + FIRST_CHAR_SYMBOL;
  }
  const pairs = decodeUint16(serialized.foldPairs);
  for (let i = 0; i < pairs.length; i += 2) symbolOf[pairs[i] as number] = pairs[i + 1] as number;

  // Derived in breadth-first order (parents and failure targets come first): depth and the nearest
  // state down the failure chain that ends a pattern.
  const depth = new Uint16Array(stateCount);
  const outputLink = new Uint32Array(stateCount);
  let maxDepth = 0;
  for (let s = 0; s < stateCount; s++) {
    for (let e = edgeStart[s] as number; e < (edgeStart[s + 1] as number); e++)
      depth[e + 1] = (depth[s] as number) + 1;
    maxDepth = Math.max(maxDepth, depth[s] as number);
    if (s === 0) continue;
    const f = fail[s] as number;
    outputLink[s] = (outStart[f + 1] as number) > (outStart[f] as number) ? f : (outputLink[f] as number);
  }
  let ringSize = 1;
  while (ringSize <= maxDepth) ringSize *= 2;
  const ringMask = ringSize - 1;
  const ring = new Int32Array(ringSize);

  function sparseChild(state: number, symbol: number): number {
    const hi = edgeStart[state + 1] as number;
    for (let e = edgeStart[state] as number; e < hi; e++) {
      const edge = edgeSymbols[e] as number;
      if (edge === symbol) return e + 1;
      if (edge > symbol) break;
    }
    return -1;
  }

  // The shallow states (the first ones in breadth-first order) are where the automaton spends most
  // of its time: give them full rows, failure transitions included, within a fixed memory budget.
  // For a small dictionary that is every state, i.e. a plain DFA.
  const width = serialized.alphabet.length + FIRST_CHAR_SYMBOL;
  const denseStates = Math.max(1, Math.min(stateCount, Math.floor(DENSE_BUDGET / width)));
  const dense = new Uint32Array(denseStates * width);
  for (let s = 0; s < denseStates; s++) {
    const failRow = (fail[s] as number) * width;
    for (let symbol = 1; symbol < width; symbol++) {
      const child = sparseChild(s, symbol);
      dense[s * width + symbol] = child >= 0 ? child : s === 0 ? 0 : (dense[failRow + symbol] as number);
    }
  }

  function next(state: number, symbol: number): number {
    for (;;) {
      if (state < denseStates) return dense[state * width + symbol] as number;
      const child = sparseChild(state, symbol);
      if (child >= 0) return child;
      state = fail[state] as number;
    }
  }

  function caseMatches(text: string, pattern: number, consumed: number): boolean {
    const expected = caseTexts.get(pattern);
    if (expected === undefined) return true;
    const length = patternLength[pattern] as number;
    for (let j = 0; j < length; j++) {
      const wanted = expected.charCodeAt(j);
      if (wanted === 32) continue; // any whitespace run matched the space symbol already
      if (text.charCodeAt(ring[(consumed - length + j) & ringMask] as number) !== wanted) return false;
    }
    return true;
  }

  // Local copies: some module loaders turn imported constants into getters, costly per character.
  const skip = SKIP_SYMBOL;
  const space = SPACE_SYMBOL;
  const unknown = UNKNOWN_SYMBOL;

  function findAll(text: string, from = 0, to = text.length, notBefore = 0): MatchHit[] {
    const candidates: Candidate[] = [];
    let state = 0;
    let consumed = 0;
    let afterSpace = true;
    for (let i = from; i < text.length; i++) {
      if (
        i >= to &&
        (state === 0 || (ring[(consumed - (depth[state] as number)) & ringMask] as number) >= to)
      )
        break;
      const symbol = symbolOf[text.charCodeAt(i)] as number;
      if (symbol === skip) continue;
      if (symbol === space) {
        if (afterSpace) continue;
        afterSpace = true;
      } else {
        afterSpace = false;
        if (symbol === unknown) {
          state = 0;
          continue;
        }
      }
      ring[consumed & ringMask] = i;
      consumed++;
      state = next(state, symbol);
      let s =
        (outStart[state + 1] as number) > (outStart[state] as number) ? state : (outputLink[state] as number);
      while (s !== 0) {
        for (let o = outStart[s] as number; o < (outStart[s + 1] as number); o++) {
          const pattern = outPatterns[o] as number;
          const start = ring[(consumed - (patternLength[pattern] as number)) & ringMask] as number;
          if (start < to && caseMatches(text, pattern, consumed) && hasWordBoundaries(text, start, i + 1)) {
            candidates.push({ start, end: i + 1, pattern });
          }
        }
        s = outputLink[s] as number;
      }
    }
    return pickMatches(candidates, notBefore).map(({ start, end, pattern }) => ({
      start,
      end,
      companyId: serialized.companies[patternCompany[pattern] as number] as string,
    }));
  }

  function mayContain(text: string): boolean {
    let state = 0;
    let afterSpace = true;
    for (let i = 0; i < text.length; i++) {
      const symbol = symbolOf[text.charCodeAt(i)] as number;
      if (symbol === skip) continue;
      if (symbol === space) {
        if (afterSpace) continue;
        afterSpace = true;
      } else {
        afterSpace = false;
        if (symbol === unknown) {
          state = 0;
          continue;
        }
      }
      state = next(state, symbol);
      if ((outStart[state + 1] as number) > (outStart[state] as number) || outputLink[state] !== 0)
        return true;
    }
    return false;
  }

  return { findAll, mayContain, companyIds: serialized.companies };
}
