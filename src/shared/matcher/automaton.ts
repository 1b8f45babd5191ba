/**
 * The decoded automaton in the shape the scans want it: a per-code-unit symbol table, full rows for
 * the shallow states and, for every state, one small record so that a step through a deep state
 * touches as few cache lines as possible (a 100k-name automaton is megabytes, far beyond L2).
 */
import { decodeUint16, decodeUint32, type SerializedMatcher } from './serialized-matcher.ts';
import { FIRST_CHAR_SYMBOL, WORD_START_SYMBOL, WORD_UNIT_FLAG } from './text-rules.ts';

/**
 * Entries in the dense transition table (4 bytes each). On the 1 MB bench article with 100k names,
 * 2^20 walked it about 15% faster than 2^18; larger budgets gained nothing measurable.
 */
const DENSE_BUDGET = 1 << 20;

/** Fields of a state's record in `nodes`; the record of s + 1 starts with where s's edges end. */
export const NODE_STRIDE = 4;
export const EDGE_START = 0;
export const FAIL = 1;
/** The first state from s down its failure chain (s included) that ends a pattern, 0 if none. */
export const REPORT = 2;
export const DEPTH = 3;

export interface Automaton {
  /** Code unit -> symbol, with WORD_UNIT_FLAG on word units (known to the alphabet or not). */
  symbolOf: Uint16Array;
  /** Symbols per dense row. */
  width: number;
  /**
   * States 0 .. rows - 1 have a full row in `dense`, failure transitions included. Entries are
   * encoded targets (see `encoded`), so the common step needs no second lookup to learn that no
   * name ends there.
   */
  rows: number;
  dense: Int32Array;
  /** NODE_STRIDE fields per state, plus a last record holding the edge count. */
  nodes: Uint32Array;
  /** Sorted symbols of each state's edges; edge e leads to state e + 1. */
  edgeSymbols: Uint16Array;
  maxDepth: number;
  /** For each symbol, the encoded state a name starting with it reaches after WORD_START, else 0. */
  wordStartChild: Int32Array;
}

function symbolTable(serialized: SerializedMatcher): Uint16Array {
  const symbolOf = new Uint16Array(0x10000);
  // Native fills: a tab runs this once, before any of it is optimised.
  const words = decodeUint16(serialized.wordUnits);
  for (let i = 0; i < words.length; i += 2) {
    symbolOf.fill(WORD_UNIT_FLAG, words[i] as number, (words[i + 1] as number) + 1);
  }
  const set = (unit: number, symbol: number) => {
    symbolOf[unit] = ((symbolOf[unit] as number) & WORD_UNIT_FLAG) | symbol;
  };
  for (let i = 0; i < serialized.alphabet.length; i++) {
    set(serialized.alphabet.charCodeAt(i), i + FIRST_CHAR_SYMBOL);
  }
  const pairs = decodeUint16(serialized.foldPairs);
  for (let i = 0; i < pairs.length; i += 2) set(pairs[i] as number, pairs[i + 1] as number);
  return symbolOf;
}

/** Records in breadth-first order: parents and failure targets come before the states needing them. */
function nodeRecords(serialized: SerializedMatcher): { nodes: Uint32Array; maxDepth: number } {
  const stateCount = serialized.stateCount;
  const edgeStart = decodeUint32(serialized.edgeStart);
  const fail = decodeUint32(serialized.fail);
  const outStart = decodeUint32(serialized.outStart);
  const nodes = new Uint32Array((stateCount + 1) * NODE_STRIDE);
  let maxDepth = 0;
  for (let s = 0; s < stateCount; s++) {
    const at = s * NODE_STRIDE;
    const depth = nodes[at + DEPTH] as number;
    for (let e = edgeStart[s] as number; e < (edgeStart[s + 1] as number); e++) {
      nodes[(e + 1) * NODE_STRIDE + DEPTH] = depth + 1;
    }
    maxDepth = Math.max(maxDepth, depth);
    const f = fail[s] as number;
    nodes[at + EDGE_START] = edgeStart[s] as number;
    nodes[at + FAIL] = f;
    if (s > 0) {
      const ends = (outStart[s + 1] as number) > (outStart[s] as number);
      nodes[at + REPORT] = ends ? s : (nodes[f * NODE_STRIDE + REPORT] as number);
    }
  }
  nodes[stateCount * NODE_STRIDE + EDGE_START] = edgeStart[stateCount] as number;
  return { nodes, maxDepth };
}

/** The trie edge of `state` for `symbol`, ignoring dense rows: -1 if there is none. */
export function sparseChild(a: Automaton, state: number, symbol: number): number {
  const nodes = a.nodes;
  const edgeSymbols = a.edgeSymbols;
  const hi = nodes[(state + 1) * NODE_STRIDE + EDGE_START] as number;
  for (let e = nodes[state * NODE_STRIDE + EDGE_START] as number; e < hi; e++) {
    const edge = edgeSymbols[e] as number;
    if (edge === symbol) return e + 1;
    if (edge > symbol) break;
  }
  return -1;
}

/** A target state as transitions give it: `~state` (negative) when a pattern ends there. */
export function encoded(a: Automaton, state: number): number {
  return a.nodes[state * NODE_STRIDE + REPORT] === 0 ? state : ~state;
}

/** The Aho-Corasick transition, failure links included, as an encoded target. */
export function step(a: Automaton, state: number, symbol: number): number {
  for (;;) {
    if (state < a.rows) return a.dense[state * a.width + symbol] as number;
    const child = sparseChild(a, state, symbol);
    if (child >= 0) return encoded(a, child);
    state = a.nodes[state * NODE_STRIDE + FAIL] as number;
  }
}

/** The trie edge only, no failure transition: -1 if `state` has none for `symbol`. */
export function trieChild(a: Automaton, state: number, symbol: number): number {
  if (state >= a.rows) return sparseChild(a, state, symbol);
  const entry = a.dense[state * a.width + symbol] as number;
  const target = entry < 0 ? ~entry : entry;
  // A state's children are numbered right after its edges' start (breadth-first layout).
  const nodes = a.nodes;
  const isChild =
    target > (nodes[state * NODE_STRIDE + EDGE_START] as number) &&
    target <= (nodes[(state + 1) * NODE_STRIDE + EDGE_START] as number);
  return isChild ? target : -1;
}

/**
 * The shallow states (the first ones in breadth-first order) are where the automaton spends most of
 * its time: they get full rows within a fixed memory budget. For a small dictionary that is every
 * state, i.e. a plain DFA. A row is its failure state's row (already filled: it comes first) with the
 * state's own edges written over it; the root's row keeps 0, itself, where it has no edge. Native
 * copies, because a tab runs this once, before any of it is optimised.
 */
function fillDense(a: Automaton): void {
  const { width, rows, dense, nodes, edgeSymbols } = a;
  for (let s = 0; s < rows; s++) {
    const row = s * width;
    if (s > 0) {
      const failRow = (nodes[s * NODE_STRIDE + FAIL] as number) * width;
      dense.copyWithin(row, failRow, failRow + width);
    }
    const end = nodes[(s + 1) * NODE_STRIDE + EDGE_START] as number;
    for (let e = nodes[s * NODE_STRIDE + EDGE_START] as number; e < end; e++) {
      dense[row + (edgeSymbols[e] as number)] = encoded(a, e + 1);
    }
  }
}

export function buildAutomaton(serialized: SerializedMatcher): Automaton {
  const { nodes, maxDepth } = nodeRecords(serialized);
  const width = serialized.alphabet.length + FIRST_CHAR_SYMBOL;
  const rows = Math.max(1, Math.min(serialized.stateCount, Math.floor(DENSE_BUDGET / width)));
  const a: Automaton = {
    symbolOf: symbolTable(serialized),
    width,
    rows,
    dense: new Int32Array(rows * width),
    nodes,
    edgeSymbols: decodeUint16(serialized.edgeSymbols),
    maxDepth,
    wordStartChild: new Int32Array(width),
  };
  fillDense(a);
  const wordRoot = sparseChild(a, 0, WORD_START_SYMBOL);
  if (wordRoot > 0) {
    for (let symbol = 1; symbol < width; symbol++) {
      const child = sparseChild(a, wordRoot, symbol);
      if (child >= 0) a.wordStartChild[symbol] = encoded(a, child);
    }
  }
  return a;
}
