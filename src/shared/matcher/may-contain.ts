/**
 * The prefilter behind `Matcher.mayContain`. It sees a whole block's `textContent`, in which a run
 * that `findAll` later gets on its own may start in the middle of a word: `<li><a>Home</a><ul><li>
 * Huawei…` reads "HomeHuawei". So it must find names starting inside words too, i.e. as if a
 * WORD_START could stand before any word unit.
 *
 * Inside a word the automaton nearly always falls back to the root (no name under way), and taking
 * the state a name starting there would reach instead is exact: nothing under way is lost, and no
 * alias has WORD_START after a word unit, so no match can straddle the imagined one. Only where a
 * name is under way does a start inside the word need following on its own, along the trie, until
 * it falls off. Both are folded into a second table of rows for word units inside words, so that the
 * common step costs what it costs in `findAll`.
 */
import { type Automaton, NODE_STRIDE, REPORT, step, trieChild } from './automaton.ts';
import { READING, readUnit, TEXT_START } from './text-rules.ts';

/**
 * On a non-negative entry of the inside-word table: a name starts at this unit too, to be followed
 * apart (state numbers stay far below 2^30).
 */
const SPAWN = 1 << 30;

/** The step for a word unit inside a word, from the plain step's encoded `target`. */
function insideWord(a: Automaton, target: number, symbol: number): number {
  const started = a.wordStartChild[symbol] as number;
  if (target === 0) return started;
  return target > 0 && started !== 0 ? target | SPAWN : target;
}

/**
 * The dense rows with the inside-word step (`insideWord`, inlined: a tab runs this once, before any
 * of it is optimised). It differs from the plain step only in the columns of units starting a name.
 */
function insideWordRows(a: Automaton): Int32Array {
  const { dense, rows, width, wordStartChild } = a;
  const table = dense.slice();
  const end = rows * width;
  for (let symbol = 1; symbol < width; symbol++) {
    const started = wordStartChild[symbol] as number;
    if (started === 0) continue;
    for (let at = symbol; at < end; at += width) {
      const target = dense[at] as number;
      if (target === 0) table[at] = started;
      else if (target > 0) table[at] = target | SPAWN;
    }
  }
  return table;
}

export function mayContainIn(a: Automaton): (text: string) => boolean {
  // Each path followed started at a different symbol and is at most maxDepth long.
  const paths = new Uint32Array(a.maxDepth + 1);
  const inside = insideWordRows(a);

  /** Moves the paths along `symbol`, dropping those that leave the trie; -1 once a name ends. */
  function advance(count: number, symbol: number): number {
    let kept = 0;
    for (let p = 0; p < count; p++) {
      const target = trieChild(a, paths[p] as number, symbol);
      if (target < 0) continue;
      if (a.nodes[target * NODE_STRIDE + REPORT] !== 0) return -1;
      paths[kept++] = target;
    }
    return kept;
  }

  return function mayContain(text: string): boolean {
    const { symbolOf, dense, rows, width, wordStartChild } = a;
    const { wordStart, wordFlag, startsWord, symbolMask } = READING;
    const spawn = SPAWN;
    let state = 0;
    let count = 0;
    let before = TEXT_START;
    for (let i = 0; i < text.length; i++) {
      const unit = readUnit(symbolOf[text.charCodeAt(i)] as number, before);
      if (unit < 0) continue;
      before = unit;
      // A character no alias has (UNKNOWN_SYMBOL) leads back to the root and ends every path.
      const symbol = unit & symbolMask;
      if (unit >= startsWord) {
        // Never negative: no name ends with WORD_START.
        state = state < rows ? (dense[state * width + wordStart] as number) : step(a, state, wordStart);
        if (count > 0) count = advance(count, wordStart);
      } else if (unit >= wordFlag) {
        // A word unit inside a word: a name may start here too (see above).
        let entry =
          state < rows
            ? (inside[state * width + symbol] as number)
            : insideWord(a, step(a, state, symbol), symbol);
        if (count > 0) {
          count = advance(count, symbol);
          if (count < 0) return true;
        }
        if (entry >= spawn) {
          entry ^= spawn;
          const started = wordStartChild[symbol] as number;
          if (started < 0) return true;
          paths[count++] = started;
        }
        if (entry < 0) return true;
        state = entry;
        continue;
      }
      state = state < rows ? (dense[state * width + symbol] as number) : step(a, state, symbol);
      if (state < 0) return true;
      if (count > 0) {
        count = advance(count, symbol);
        if (count < 0) return true;
      }
    }
    return false;
  };
}
