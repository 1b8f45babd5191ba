/**
 * Build-time compiler: all aliases into one Aho-Corasick automaton, serialised so each tab only
 * decodes it (see serialized-matcher.ts for the layout).
 */
import { foldChar, isIgnorable, isWhitespace, isWordUnit, normaliseAlias } from './char-classes.ts';
import { nameStartsSource } from './name-starts.ts';
import { prefilterSource } from './prefilter.ts';
import {
  encodeArray,
  FIRST_CHAR_SYMBOL,
  type SerializedMatcher,
  SKIP_SYMBOL,
  SPACE_SYMBOL,
  WORD_START_SYMBOL,
} from './serialized-matcher.ts';

export interface MatcherPattern {
  text: string;
  caseSensitive: boolean;
  companyId: string;
}

interface Trie {
  children: Map<number, number>[];
  patterns: number[][];
}

/** Symbols for the characters of the aliases, in order of first appearance. */
function alphabetOf(foldedAliases: readonly string[]): Map<string, number> {
  const alphabet = new Map<string, number>();
  for (const folded of foldedAliases) {
    for (let i = 0; i < folded.length; i++) {
      const unit = folded[i] as string;
      if (unit !== ' ' && !alphabet.has(unit)) alphabet.set(unit, alphabet.size + FIRST_CHAR_SYMBOL);
    }
  }
  if (alphabet.size + FIRST_CHAR_SYMBOL >= SKIP_SYMBOL)
    throw new Error('The aliases use too many characters');
  return alphabet;
}

/** The same transform the runtime applies to text (see serialized-matcher.ts), on a normalised alias. */
function symbolsOf(folded: string, alphabet: ReadonlyMap<string, number>): number[] {
  const symbols: number[] = [];
  let afterWord = false;
  for (let i = 0; i < folded.length; i++) {
    const unit = folded[i] as string;
    if (unit === ' ') {
      symbols.push(SPACE_SYMBOL);
      afterWord = false;
      continue;
    }
    const word = isWordUnit(unit.charCodeAt(0));
    if (word && !afterWord) symbols.push(WORD_START_SYMBOL);
    afterWord = word;
    symbols.push(alphabet.get(unit) as number);
  }
  return symbols;
}

function buildTrie(patternSymbols: number[][]): Trie {
  const trie: Trie = { children: [new Map()], patterns: [[]] };
  patternSymbols.forEach((symbols, patternId) => {
    let node = 0;
    for (const symbol of symbols) {
      const children = trie.children[node] as Map<number, number>;
      let next = children.get(symbol);
      if (next === undefined) {
        next = trie.children.length;
        trie.children.push(new Map());
        trie.patterns.push([]);
        children.set(symbol, next);
      }
      node = next;
    }
    trie.patterns[node]?.push(patternId);
  });
  return trie;
}

/** Breadth-first renumbering with children in symbol order: edge i then leads to state i + 1. */
function breadthFirstOrder(trie: Trie): number[] {
  const order = [0];
  for (let head = 0; head < order.length; head++) {
    const children = trie.children[order[head] as number] as Map<number, number>;
    for (const symbol of [...children.keys()].sort((a, b) => a - b))
      order.push(children.get(symbol) as number);
  }
  return order;
}

function failureLinks(trie: Trie, order: number[]): Uint32Array {
  const fail = new Uint32Array(trie.children.length);
  for (const node of order) {
    for (const [symbol, child] of trie.children[node] as Map<number, number>) {
      if (node === 0) continue;
      let f = fail[node] as number;
      while (f !== 0 && !trie.children[f]?.has(symbol)) f = fail[f] as number;
      fail[child] = trie.children[f]?.get(symbol) ?? 0;
    }
  }
  return fail;
}

function foldPairs(alphabet: Map<string, number>): Uint16Array {
  const pairs: number[] = [];
  for (let code = 0; code < 0x10000; code++) {
    const char = String.fromCharCode(code);
    if (isIgnorable(code)) pairs.push(code, SKIP_SYMBOL);
    else if (isWhitespace(code)) pairs.push(code, SPACE_SYMBOL);
    else {
      const folded = foldChar(char);
      const symbol = alphabet.get(folded);
      if (folded !== char && symbol !== undefined) pairs.push(code, symbol);
    }
  }
  return Uint16Array.from(pairs);
}

/** Every code unit that reads as each alphabet character: itself and what folds into it. */
function unitsBySymbol(alphabet: Map<string, number>, pairs: Uint16Array): Map<number, number[]> {
  const units = new Map<number, number[]>();
  const folded = new Set<number>();
  for (let i = 0; i < pairs.length; i += 2) folded.add(pairs[i] as number);
  // As in the runtime symbol table, a fold pair takes precedence over the alphabet.
  for (const [char, symbol] of alphabet) {
    if (!folded.has(char.charCodeAt(0))) units.set(symbol, [char.charCodeAt(0)]);
  }
  for (let i = 0; i < pairs.length; i += 2) {
    const symbol = pairs[i + 1] as number;
    const list = units.get(symbol);
    if (list) list.push(pairs[i] as number);
    else units.set(symbol, [pairs[i] as number]);
  }
  return units;
}

function wordUnitRanges(): Uint16Array {
  const ranges: number[] = [];
  for (let code = 0; code < 0x10000; code++) {
    if (!isWordUnit(code)) continue;
    if (ranges.length > 0 && ranges[ranges.length - 1] === code - 1) ranges[ranges.length - 1] = code;
    else ranges.push(code, code);
  }
  return Uint16Array.from(ranges);
}

interface Alias {
  text: string;
  folded: string;
  caseSensitive: boolean;
  company: number;
}

/** Normalised, folded and without duplicates; companies numbered in order of appearance. */
function distinctAliases(patterns: readonly MatcherPattern[], companies: Map<string, number>): Alias[] {
  const seen = new Set<string>();
  const aliases: Alias[] = [];
  for (const pattern of patterns) {
    const text = normaliseAlias(pattern.text);
    if (text === '')
      throw new Error(`Alias of ${pattern.companyId} is empty: ${JSON.stringify(pattern.text)}`);
    const folded = [...text].map(foldChar).join('');
    const key = `${pattern.companyId}\u0000${pattern.caseSensitive ? text : folded}\u0000${pattern.caseSensitive}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (!companies.has(pattern.companyId)) companies.set(pattern.companyId, companies.size);
    const company = companies.get(pattern.companyId) as number;
    aliases.push({ text, folded, caseSensitive: pattern.caseSensitive, company });
  }
  return aliases;
}

export function compileMatcher(patterns: readonly MatcherPattern[]): SerializedMatcher {
  const companies = new Map<string, number>();
  const aliases = distinctAliases(patterns, companies);
  const alphabet = alphabetOf(aliases.map((alias) => alias.folded));
  const caseSensitive: Record<string, string> = {};
  const symbolLists = aliases.map((alias, id) => {
    if (alias.caseSensitive) caseSensitive[id] = alias.text;
    const symbols = symbolsOf(alias.folded, alphabet);
    if (symbols.length > 0xffff) throw new Error(`An alias is too long: ${alias.text.slice(0, 40)}…`);
    return symbols;
  });
  const patternCompany = aliases.map((alias) => alias.company);
  const pairs = foldPairs(alphabet);
  const units = unitsBySymbol(alphabet, pairs);
  const folded = aliases.map((alias) => alias.folded);
  const unitsOf = (char: string) => units.get(alphabet.get(char) as number) ?? [];
  const prefilter = prefilterSource(folded, unitsOf);
  const wordUnits = wordUnitRanges();
  const starts = nameStartsSource(folded, unitsOf, isWordUnit, wordUnits);

  const trie = buildTrie(symbolLists);
  const order = breadthFirstOrder(trie);
  const newId = new Uint32Array(order.length);
  order.forEach((node, index) => {
    newId[node] = index;
  });
  const oldFail = failureLinks(trie, order);
  const edgeStart = new Uint32Array(order.length + 1);
  const edgeSymbols: number[] = [];
  const fail = new Uint32Array(order.length);
  const outStart = new Uint32Array(order.length + 1);
  const outPatterns: number[] = [];
  order.forEach((node, index) => {
    edgeStart[index] = edgeSymbols.length;
    edgeSymbols.push(...[...(trie.children[node] as Map<number, number>).keys()].sort((a, b) => a - b));
    fail[index] = newId[oldFail[node] as number] as number;
    outStart[index] = outPatterns.length;
    outPatterns.push(...(trie.patterns[node] as number[]));
  });
  edgeStart[order.length] = edgeSymbols.length;
  outStart[order.length] = outPatterns.length;

  return {
    format: 'company-lens-aho-corasick',
    version: 3,
    alphabet: [...alphabet.keys()].join(''),
    foldPairs: encodeArray(pairs),
    stateCount: order.length,
    edgeStart: encodeArray(edgeStart),
    edgeSymbols: encodeArray(Uint16Array.from(edgeSymbols)),
    fail: encodeArray(fail),
    outStart: encodeArray(outStart),
    outPatterns: encodeArray(Uint32Array.from(outPatterns)),
    wordUnits: encodeArray(wordUnits),
    patternLength: encodeArray(Uint16Array.from(symbolLists, (s) => s.length)),
    patternCompany: encodeArray(Uint32Array.from(patternCompany)),
    companies: [...companies.keys()],
    caseSensitive,
    ...(prefilter === undefined ? {} : { prefilter }),
    ...(starts === undefined ? {} : { starts }),
  };
}
