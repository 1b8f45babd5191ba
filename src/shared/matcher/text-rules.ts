/**
 * What counts as a match: the one place to change it. Case folding, the characters a name may hide
 * inside, whitespace runs, what a word is and where names may start and end, and which of two
 * overlapping mentions wins. The build-time compiler reads aliases with these rules, the runtime scan
 * and `mayContain` read page text with them, the regular expressions are generated from them, and
 * `matcher-reference.test.ts` checks every layer against a brute-force search written with them.
 */
/** Zero-width and soft-hyphen characters that may sit inside a name without breaking it. */
export const IGNORABLE_CHARS = '\u00AD\u200B\u200C\u200D\u2060\uFEFF';

const WHITESPACE = /\s/;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
// Scripts written without spaces between words: names in them need no word boundary.
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

const FIRST_IGNORABLE = Math.min(...[...IGNORABLE_CHARS].map((char) => char.charCodeAt(0)));

export function isIgnorable(code: number): boolean {
  // The comparison first: `hasWordBoundaries` asks this for every candidate's neighbours.
  return code >= FIRST_IGNORABLE && IGNORABLE_CHARS.includes(String.fromCharCode(code));
}

/** Any run of whitespace reads as the one space between two words of an alias. */
export function isWhitespace(code: number): boolean {
  return WHITESPACE.test(String.fromCharCode(code));
}

/**
 * Case folding one UTF-16 code unit to one code unit, so that offsets in folded text are offsets in
 * the original. Characters whose lower case is longer (e.g. U+0130) are left as they are.
 */
export function foldChar(char: string): string {
  const lower = char.toLowerCase();
  return lower.length === char.length ? lower : char;
}

// Printable ASCII words with one space between them, as most names are, are already canonical:
// none of those characters is whitespace or ignorable.
const CANONICAL_ASCII = /^[!-~]+(?: [!-~]+)*$/;

/** Removes ignorables, collapses whitespace runs to one space and trims: the canonical alias form. */
export function normaliseAlias(text: string): string {
  if (CANONICAL_ASCII.test(text)) return text;
  let out = '';
  for (const char of text) {
    if (char.length === 1 && isIgnorable(char.charCodeAt(0))) continue;
    if (WHITESPACE.test(char)) {
      if (out !== '' && !out.endsWith(' ')) out += ' ';
    } else {
      out += char;
    }
  }
  return out.trimEnd();
}

/** A letter, digit or mark of a spaced script: two of these side by side are one word. */
export function isWordChar(char: string): boolean {
  return WORD_CHAR.test(char) && !UNSPACED_SCRIPT.test(char);
}

/**
 * A UTF-16 code unit that is a word character: what word starts are placed by. Per code unit because
 * the automaton reads code units; surrogates count as non-word, which only admits extra candidates
 * (after an astral letter) that `hasWordBoundaries` then rejects.
 */
export function isWordUnit(code: number): boolean {
  return (code < 0xd800 || code > 0xdfff) && isWordChar(String.fromCharCode(code));
}

// The symbols text is read as, and `readUnit`'s flags. `readUnit` runs for every character, where
// reading an exported binding costs a check on each use (docs/benchmark.md, "The matcher before and
// after one rules module"), so it reads these module-local values; the exports are the same values.
const SPACE = 1;
const SKIP = 0x7fff;
const FLAG = 0x8000;
const STARTS = 0x10000;
const NONE = -1;

/** Symbol 0: a character no alias contains. */
export const UNKNOWN_SYMBOL = 0;
/** Any whitespace run. */
export const SPACE_SYMBOL = SPACE;
/** Before a word unit that follows none. */
export const WORD_START_SYMBOL = 2;
export const FIRST_CHAR_SYMBOL = 3;
/** Marks ignorable characters in the runtime symbol table; never an automaton symbol. */
export const SKIP_SYMBOL = SKIP;
/** Set on word units in the runtime symbol table, so the scan needs one lookup per character. */
export const WORD_UNIT_FLAG = FLAG;

/** `readUnit`'s answer for a unit that adds nothing: an ignorable, or whitespace going on a run. */
export const NOTHING = NONE;
/** On `readUnit`'s answer: this word unit starts a word, so a name may start before it. */
export const STARTS_WORD = STARTS;
/** `readUnit`'s answer without its flags: the symbol itself. */
export const SYMBOL_MASK = FLAG - 1;
/** What `readUnit` takes as the unit before the start of a text: a space. */
export const TEXT_START = SPACE;

/**
 * The values a loop over `readUnit`'s answers compares with, to copy into locals in one line (a loop
 * that runs per character should not read module bindings).
 */
export const READING = Object.freeze({
  wordStart: WORD_START_SYMBOL,
  wordFlag: FLAG,
  startsWord: STARTS,
  symbolMask: SYMBOL_MASK,
});

/**
 * How text is read, one code unit at a time, aliases and page text alike: ignorables are left out,
 * a whitespace run reads as one space, and a word unit after no word unit starts a word. `symbol` is
 * the unit's entry in the symbol table (its folded character's symbol, SPACE_SYMBOL or SKIP_SYMBOL,
 * with WORD_UNIT_FLAG on word units); `before` is the answer for the unit read before (or the table
 * entry of the last unit before the text that is not SKIP_SYMBOL, or TEXT_START).
 */
export function readUnit(symbol: number, before: number): number {
  if (symbol === SKIP) return NONE;
  if (symbol >= FLAG) return before >= FLAG ? symbol : symbol | STARTS;
  return symbol === SPACE && before === SPACE ? NONE : symbol;
}

/**
 * Whether text[start, end) spells a case-sensitive alias exactly (normalised, as `normaliseAlias`
 * gives it): read as above, with each unit's own character instead of its folded one.
 */
export function spellsExactly(
  symbolOf: Uint16Array,
  text: string,
  start: number,
  end: number,
  alias: string,
): boolean {
  let j = 0;
  let before = TEXT_START;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const read = readUnit(symbolOf[code] as number, before);
    if (read === NOTHING) continue;
    before = read;
    if (alias.charCodeAt(j++) !== (read === SPACE_SYMBOL ? 32 : code)) return false;
  }
  return j === alias.length;
}

const NO_CODE_POINT = -1;

/** Code point of the last non-ignorable character before `index`, or NO_CODE_POINT. */
function codePointBefore(text: string, index: number): number {
  let i = index - 1;
  while (i >= 0 && isIgnorable(text.charCodeAt(i))) i--;
  if (i < 0) return NO_CODE_POINT;
  const code = text.charCodeAt(i);
  if (code >= 0xdc00 && code <= 0xdfff && i > 0) return text.codePointAt(i - 1) as number;
  return code;
}

/** Code point of the first non-ignorable character at or after `index`, or NO_CODE_POINT. */
function codePointAfter(text: string, index: number): number {
  let i = index;
  while (i < text.length && isIgnorable(text.charCodeAt(i))) i++;
  return i < text.length ? (text.codePointAt(i) as number) : NO_CODE_POINT;
}

/**
 * Whether a BMP code unit is a word unit, from the matcher's prebuilt table: the same answers as
 * `isWordUnit`, with no Unicode-property regex to compile in the page (about a millisecond).
 */
export type WordUnitTable = (code: number) => boolean;

function isWordCode(code: number, table: WordUnitTable | undefined): boolean {
  return table && code <= 0xffff ? table(code) : isWordChar(String.fromCodePoint(code));
}

/** Two word characters side by side make one word; CJK characters never need a boundary. */
function sideIsBoundary(edge: number, neighbour: number, table: WordUnitTable | undefined): boolean {
  return neighbour === NO_CODE_POINT || !isWordCode(neighbour, table) || !isWordCode(edge, table);
}

/**
 * Whether a candidate match stands alone as a word: "Googleplex" and "Samsungs" do not, "Xiaomi's",
 * "ZTE-made" and a Han name inside a Chinese sentence do.
 */
export function hasWordBoundaries(text: string, start: number, end: number, table?: WordUnitTable): boolean {
  return (
    sideIsBoundary(codePointAfter(text, start), codePointBefore(text, start), table) &&
    sideIsBoundary(codePointBefore(text, end), codePointAfter(text, end), table)
  );
}

export interface Candidate {
  start: number;
  end: number;
  pattern: number;
}

/**
 * Overlap resolution: leftmost first, then longest ("China Mobile Ltd" over "China Mobile"), then the
 * alias compiled first. Deterministic for any input order.
 */
export function pickMatches(candidates: Candidate[], notBefore = 0): Candidate[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end || a.pattern - b.pattern);
  const picked: Candidate[] = [];
  let lastEnd = notBefore;
  for (const candidate of candidates) {
    if (candidate.start < lastEnd) continue;
    picked.push(candidate);
    lastEnd = candidate.end;
  }
  return picked;
}
