/**
 * Property: the automaton built from sorted strings is, array for array, the one a textbook build
 * gives (a trie of Maps, numbered breadth-first with children in symbol order, failure links by a
 * breadth-first walk), so the serialized layout and its readers are unchanged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AutomatonArrays, automatonArrays } from './automaton-arrays.ts';

function reference(keys: readonly string[]): AutomatonArrays {
  const children: Map<number, number>[] = [new Map()];
  const patterns: number[][] = [[]];
  keys.forEach((key, id) => {
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const symbol = key.charCodeAt(i);
      let next = children[node]?.get(symbol);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        patterns.push([]);
        children[node]?.set(symbol, next);
      }
      node = next;
    }
    patterns[node]?.push(id);
  });
  const sortedChildren = (node: number) =>
    [...(children[node] as Map<number, number>)].sort(([a], [b]) => a - b);
  const order = [0];
  for (let head = 0; head < order.length; head++) {
    for (const [, child] of sortedChildren(order[head] as number)) order.push(child);
  }
  const oldFail = new Map<number, number>([[0, 0]]);
  for (const node of order) {
    for (const [symbol, child] of sortedChildren(node)) {
      if (node === 0) {
        oldFail.set(child, 0);
        continue;
      }
      let f = oldFail.get(node) as number;
      while (f !== 0 && !children[f]?.has(symbol)) f = oldFail.get(f) as number;
      oldFail.set(child, children[f]?.get(symbol) ?? 0);
    }
  }
  const newId = new Map(order.map((node, index) => [node, index]));
  const edgeStart: number[] = [];
  const edgeSymbols: number[] = [];
  const fail: number[] = [];
  const outStart: number[] = [];
  const outPatterns: number[] = [];
  for (const node of order) {
    edgeStart.push(edgeSymbols.length);
    edgeSymbols.push(...sortedChildren(node).map(([symbol]) => symbol));
    fail.push(newId.get(oldFail.get(node) as number) as number);
    outStart.push(outPatterns.length);
    outPatterns.push(...(patterns[node] as number[]));
  }
  edgeStart.push(edgeSymbols.length);
  outStart.push(outPatterns.length);
  return {
    stateCount: order.length,
    edgeStart: Uint32Array.from(edgeStart),
    edgeSymbols: Uint16Array.from(edgeSymbols),
    fail: Uint32Array.from(fail),
    outStart: Uint32Array.from(outStart),
    outPatterns: Uint32Array.from(outPatterns),
  };
}

// A few symbols, so that keys share prefixes and suffixes (deep failure links) and repeat.
const key = fc
  .array(fc.integer({ min: 1, max: 5 }), { maxLength: 8 })
  .map((symbols) => String.fromCharCode(...symbols));

describe('automatonArrays', () => {
  it('builds what a trie of Maps numbered breadth-first builds', () => {
    fc.assert(
      fc.property(fc.array(key, { maxLength: 40 }), (keys) => {
        expect(automatonArrays(keys)).toEqual(reference(keys));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the outputs of equal keys in id order, and an empty key at the root', () => {
    const built = automatonArrays(['\u0002\u0001', '', '\u0002\u0001', '\u0001']);
    expect(built).toEqual(reference(['\u0002\u0001', '', '\u0002\u0001', '\u0001']));
    expect([...built.outPatterns.subarray(built.outStart[0], built.outStart[1])]).toEqual([1]);
    const end = built.stateCount - 1;
    expect([...built.outPatterns.subarray(built.outStart[end], built.outStart[end + 1])]).toEqual([0, 2]);
  });

  it('handles symbols across the whole 16-bit range', () => {
    const keys = ['\uffff\u0003', '\u0003\uffff', '\u8000', '\uffff'];
    expect(automatonArrays(keys)).toEqual(reference(keys));
  });
});
