/**
 * Build-time compiler: all aliases into one Aho-Corasick automaton, serialised so each tab only
 * decodes it (see serialized-matcher.ts for the layout).
 */
import { automatonArrays } from './automaton-arrays.ts';
import { gateSource } from './gate-pattern.ts';
import { nameStartsSource } from './name-starts.ts';
import { prefilterSource } from './prefilter.ts';
import { encodeArray, type SerializedMatcher } from './serialized-matcher.ts';
import {
  FIRST_CHAR_SYMBOL,
  foldChar,
  isIgnorable,
  isWhitespace,
  isWordUnit,
  NOTHING,
  normaliseAlias,
  readUnit,
  SKIP_SYMBOL,
  SPACE_SYMBOL,
  STARTS_WORD,
  SYMBOL_MASK,
  TEXT_START,
  UNKNOWN_SYMBOL,
  WORD_START_SYMBOL,
  WORD_UNIT_FLAG,
} from './text-rules.ts';

export interface MatcherPattern {
  text: string;
  caseSensitive: boolean;
  companyId: string;
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

/**
 * An alias as the runtime reads text (see text-rules.ts), through the same symbol table: one UTF-16
 * unit a symbol, so that sorting the strings sorts by symbols (automaton-arrays.ts).
 */
function symbolsOf(alias: string, table: Uint16Array): string {
  const symbols: number[] = [];
  let before = TEXT_START;
  for (let i = 0; i < alias.length; i++) {
    const read = readUnit(table[alias.charCodeAt(i)] as number, before);
    if (read === NOTHING) continue;
    before = read;
    if (read & STARTS_WORD) symbols.push(WORD_START_SYMBOL);
    symbols.push(read & SYMBOL_MASK);
  }
  return String.fromCharCode(...symbols);
}

/**
 * The runtime's symbol table (automaton.ts), from the rules: every code unit read as its folded
 * character's symbol, whitespace as SPACE, ignorables as SKIP, word units flagged.
 */
function symbolTableOf(alphabet: ReadonlyMap<string, number>): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    let symbol = alphabet.get(foldChar(String.fromCharCode(code))) ?? UNKNOWN_SYMBOL;
    if (isIgnorable(code)) symbol = SKIP_SYMBOL;
    else if (isWhitespace(code)) symbol = SPACE_SYMBOL;
    table[code] = isWordUnit(code) ? symbol | WORD_UNIT_FLAG : symbol;
  }
  return table;
}

/** Uint16 pairs (code unit, symbol) where the table differs from each alphabet character as itself. */
function foldPairs(table: Uint16Array, alphabet: ReadonlyMap<string, number>): Uint16Array {
  const pairs: number[] = [];
  for (let code = 0; code < 0x10000; code++) {
    const symbol = (table[code] as number) & SYMBOL_MASK;
    if (symbol !== (alphabet.get(String.fromCharCode(code)) ?? UNKNOWN_SYMBOL)) pairs.push(code, symbol);
  }
  return Uint16Array.from(pairs);
}

/** Every code unit that reads as each alphabet character. */
function unitsBySymbol(table: Uint16Array): Map<number, number[]> {
  const units = new Map<number, number[]>();
  for (let code = 0; code < 0x10000; code++) {
    const symbol = (table[code] as number) & SYMBOL_MASK;
    if (symbol < FIRST_CHAR_SYMBOL || symbol === SKIP_SYMBOL) continue;
    const list = units.get(symbol);
    if (list) list.push(code);
    else units.set(symbol, [code]);
  }
  return units;
}

/** Pairs (first, last) of the ranges of word units in the table. */
function wordUnitRanges(table: Uint16Array): Uint16Array {
  const ranges: number[] = [];
  for (let code = 0; code < 0x10000; code++) {
    if (((table[code] as number) & WORD_UNIT_FLAG) === 0) continue;
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

/** `foldChar` of every character; for printable ASCII, as most names are, the string's lower case. */
function foldText(text: string): string {
  return /^[ -~]*$/.test(text) ? text.toLowerCase() : [...text].map(foldChar).join('');
}

/** Normalised, folded and without duplicates; companies numbered in order of appearance. */
function distinctAliases(patterns: readonly MatcherPattern[], companies: Map<string, number>): Alias[] {
  const seen = new Set<string>();
  const aliases: Alias[] = [];
  for (const pattern of patterns) {
    const text = normaliseAlias(pattern.text);
    if (text === '')
      throw new Error(`Alias of ${pattern.companyId} is empty: ${JSON.stringify(pattern.text)}`);
    const folded = foldText(text);
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
  const table = symbolTableOf(alphabet);
  const caseSensitive: Record<string, string> = {};
  const symbolLists = aliases.map((alias, id) => {
    if (alias.caseSensitive) caseSensitive[id] = alias.text;
    const symbols = symbolsOf(alias.text, table);
    if (symbols.length > 0xffff) throw new Error(`An alias is too long: ${alias.text.slice(0, 40)}…`);
    return symbols;
  });
  const patternCompany = aliases.map((alias) => alias.company);
  const pairs = foldPairs(table, alphabet);
  const units = unitsBySymbol(table);
  const folded = aliases.map((alias) => alias.folded);
  const unitsOf = (char: string) => units.get(alphabet.get(char) as number) ?? [];
  const prefilter = prefilterSource(folded, unitsOf);
  const wordUnits = wordUnitRanges(table);
  const starts = nameStartsSource(folded, unitsOf, wordUnits);
  const gate = gateSource(aliases, unitsOf, wordUnits);

  const automaton = automatonArrays(symbolLists);

  return {
    format: 'company-lens-aho-corasick',
    version: 3,
    alphabet: [...alphabet.keys()].join(''),
    foldPairs: encodeArray(pairs),
    stateCount: automaton.stateCount,
    edgeStart: encodeArray(automaton.edgeStart),
    edgeSymbols: encodeArray(automaton.edgeSymbols),
    fail: encodeArray(automaton.fail),
    outStart: encodeArray(automaton.outStart),
    outPatterns: encodeArray(automaton.outPatterns),
    wordUnits: encodeArray(wordUnits),
    patternLength: encodeArray(Uint16Array.from(symbolLists, (s) => s.length)),
    patternCompany: encodeArray(Uint32Array.from(patternCompany)),
    companies: [...companies.keys()],
    caseSensitive,
    ...(prefilter === undefined ? {} : { prefilter }),
    ...(starts === undefined ? {} : { starts }),
    ...(gate === undefined ? {} : { gate }),
  };
}
