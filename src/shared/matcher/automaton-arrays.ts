/**
 * The Aho-Corasick automaton of serialized-matcher.ts, built straight into its typed arrays from the
 * aliases' symbol strings. Sorting the strings gives the breadth-first layout directly: the states at
 * depth d, in that layout, are the distinct d-symbol prefixes in sorted order. No trie of Maps is
 * built, which is what made 100,000 names cost seconds of allocation and garbage collection
 * (docs/packs-at-scale.md, "Import to marked").
 */

export interface AutomatonArrays {
  stateCount: number;
  /** Edges of state s are edgeStart[s] .. edgeStart[s + 1]; edge e leads to state e + 1. */
  edgeStart: Uint32Array;
  /** Sorted within each state. */
  edgeSymbols: Uint16Array;
  fail: Uint32Array;
  /** Patterns ending exactly at state s are outPatterns[outStart[s] .. outStart[s + 1]], by id. */
  outStart: Uint32Array;
  outPatterns: Uint32Array;
}

/** The child of `state` along `symbol`, or -1: a binary search of its sorted edges. */
function childOf(
  a: Pick<AutomatonArrays, 'edgeStart' | 'edgeSymbols'>,
  state: number,
  symbol: number,
): number {
  let lo = a.edgeStart[state] as number;
  let hi = a.edgeStart[state + 1] as number;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const at = a.edgeSymbols[mid] as number;
    if (at === symbol) return mid + 1;
    if (at < symbol) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

/** `keys[i]`: pattern i's symbols, one UTF-16 unit each, so that string order is symbol order. */
export function automatonArrays(keys: readonly string[]): AutomatonArrays {
  const count = keys.length;
  // Stable: patterns with the same symbols keep their id order, as their outputs must.
  const sorted = Array.from({ length: count }, (_, i) => i).sort((i, j) => {
    const a = keys[i] as string;
    const b = keys[j] as string;
    return a < b ? -1 : a > b ? 1 : 0;
  });

  // Each pattern in sorted order adds the states past what it shares with the one before it.
  const shared = new Uint32Array(count);
  let maxLength = 0;
  for (let r = 0; r < count; r++) {
    const key = keys[sorted[r] as number] as string;
    maxLength = Math.max(maxLength, key.length);
    if (r === 0) continue;
    const previous = keys[sorted[r - 1] as number] as string;
    const limit = Math.min(previous.length, key.length);
    let same = 0;
    while (same < limit && previous.charCodeAt(same) === key.charCodeAt(same)) same++;
    shared[r] = same;
  }
  const nextAtDepth = new Uint32Array(maxLength + 1);
  for (let r = 0; r < count; r++) {
    const length = (keys[sorted[r] as number] as string).length;
    for (let d = (shared[r] as number) + 1; d <= length; d++) nextAtDepth[d] = (nextAtDepth[d] as number) + 1;
  }
  let stateCount = 1;
  for (let d = 1; d <= maxLength; d++) {
    const states = nextAtDepth[d] as number;
    nextAtDepth[d] = stateCount;
    stateCount += states;
  }

  const parent = new Uint32Array(stateCount);
  const symbol = new Uint16Array(stateCount);
  const end = new Uint32Array(count);
  const path = new Uint32Array(maxLength + 1);
  for (let r = 0; r < count; r++) {
    const id = sorted[r] as number;
    const key = keys[id] as string;
    for (let d = (shared[r] as number) + 1; d <= key.length; d++) {
      const state = nextAtDepth[d] as number;
      nextAtDepth[d] = state + 1;
      parent[state] = path[d - 1] as number;
      symbol[state] = key.charCodeAt(d - 1);
      path[d] = state;
    }
    end[id] = path[key.length] as number;
  }

  // Breadth-first, a state's children follow those of every state before it.
  const edgeStart = new Uint32Array(stateCount + 1);
  for (let s = 1; s < stateCount; s++)
    edgeStart[(parent[s] as number) + 1] = (edgeStart[(parent[s] as number) + 1] as number) + 1;
  for (let s = 0; s < stateCount; s++)
    edgeStart[s + 1] = (edgeStart[s + 1] as number) + (edgeStart[s] as number);
  const edgeSymbols = symbol.slice(1);
  const edges = { edgeStart, edgeSymbols };

  // A state's failure link is its parent's, followed until one has an edge for its symbol.
  const fail = new Uint32Array(stateCount);
  for (let s = 1; s < stateCount; s++) {
    const p = parent[s] as number;
    if (p === 0) continue;
    const c = symbol[s] as number;
    let f = fail[p] as number;
    let child = childOf(edges, f, c);
    while (child < 0 && f !== 0) {
      f = fail[f] as number;
      child = childOf(edges, f, c);
    }
    fail[s] = child < 0 ? 0 : child;
  }

  const outStart = new Uint32Array(stateCount + 1);
  for (let id = 0; id < count; id++)
    outStart[(end[id] as number) + 1] = (outStart[(end[id] as number) + 1] as number) + 1;
  for (let s = 0; s < stateCount; s++)
    outStart[s + 1] = (outStart[s + 1] as number) + (outStart[s] as number);
  const outPatterns = new Uint32Array(count);
  const filled = outStart.slice(0, stateCount);
  for (let id = 0; id < count; id++) {
    const at = filled[end[id] as number] as number;
    filled[end[id] as number] = at + 1;
    outPatterns[at] = id;
  }
  return { stateCount, edgeStart, edgeSymbols, fail, outStart, outPatterns };
}
