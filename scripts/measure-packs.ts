/**
 * `npx tsx scripts/measure-packs.ts artifacts/synthetic-100k.pack.json [more packs...]`: what the
 * background's work for a pack costs, in Node, one pack at a time beside the bundled one: the merge,
 * the matcher's compile, the runtime's size against `storage.local`'s quota, what a tab would pay to
 * load that matcher, and a first-word Bloom filter as the per-tab prefilter of docs/packs-at-scale.md
 * (its size and false-positive rate on English words and on the bundled articles). Figures go to
 * docs/benchmark.md ("Knowledge packs"); the browser side is `scripts/measure-packs-browser.ts`.
 */
import { readFileSync } from 'node:fs';
import { mergePacks } from '../src/background/packs/merge-packs.ts';
import {
  MAX_RUNTIME_BYTES,
  packRuntimeValue,
  runtimeBytes,
} from '../src/background/packs/pack-runtime-value.ts';
import { loadMatcher } from '../src/shared/matcher/load.ts';
import { foldChar, isWordChar, normaliseAlias } from '../src/shared/matcher/text-rules.ts';
import type { Pack } from '../src/shared/pack/pack-schema.ts';

const bundled = JSON.parse(readFileSync('src/generated/bundled.pack.json', 'utf8')) as Pack;
const englishWords = readFileSync('src/generated/common-words.txt', 'utf8').split('\n').filter(Boolean);
const articleText = (JSON.parse(readFileSync('src/generated/bundled.pack.json', 'utf8')) as Pack).articles
  .map((a) => a.text)
  .join('\n');

// `PACK_RUNTIME_KEY` (src/shared/pack-runtime.ts, which imports the extension API that Node lacks).
const PACK_RUNTIME_KEY = 'packs-runtime';
const ms = (from: number) => `${(performance.now() - from).toFixed(0)} ms`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
const gc = () => (globalThis as { gc?: () => void }).gc?.();

/** Words as the matcher reads them: runs of word characters, case-folded. */
function words(text: string): string[] {
  const found: string[] = [];
  let word = '';
  for (const char of text) {
    if (isWordChar(char)) word += foldChar(char);
    else if (word) {
      found.push(word);
      word = '';
    }
  }
  if (word) found.push(word);
  return found;
}

/** FNV-1a, two seeds: the k probes of a Bloom filter by double hashing. */
function hashes(word: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
  }
  return [a >>> 0, (b >>> 0) | 1];
}

function bloom(keys: ReadonlySet<string>, bitsPerKey: number) {
  const bits = Math.max(64, Math.ceil(keys.size * bitsPerKey));
  const k = Math.max(1, Math.round(bitsPerKey * Math.LN2));
  const table = new Uint8Array(Math.ceil(bits / 8));
  const probe = (word: string, set: boolean) => {
    const [h1, h2] = hashes(word);
    for (let i = 0; i < k; i++) {
      const bit = (h1 + i * h2) % bits;
      if (set) table[bit >> 3] = (table[bit >> 3] as number) | (1 << (bit & 7));
      else if (((table[bit >> 3] as number) & (1 << (bit & 7))) === 0) return false;
    }
    return true;
  };
  for (const key of keys) probe(key, true);
  return { bytes: table.length, k, has: (word: string) => probe(word, false) };
}

function measurePrefilter(pack: Pack) {
  const firstWords = new Set<string>();
  for (const company of pack.companies)
    for (const alias of company.aliases) {
      const [first] = words(normaliseAlias(alias.text));
      if (first) firstWords.add(first);
    }
  console.log(`  prefilter keys (distinct first words of aliases): ${firstWords.size}`);
  const articleWords = words(articleText);
  for (const bitsPerKey of [8, 10, 16]) {
    const filter = bloom(firstWords, bitsPerKey);
    const english = englishWords.filter((w) => !firstWords.has(w));
    const englishHits = english.filter((w) => filter.has(w)).length;
    const trulyIn = articleWords.filter((w) => firstWords.has(w)).length;
    const flagged = articleWords.filter((w) => filter.has(w)).length;
    console.log(
      `  Bloom ${bitsPerKey} bits/key, k=${filter.k}: ${mb(filter.bytes)} (base64 ${mb(Math.ceil(filter.bytes / 3) * 4)}); ` +
        `false positives ${((100 * englishHits) / english.length).toFixed(2)}% of ${english.length} English words not in it; ` +
        `bundled articles: ${flagged} of ${articleWords.length} words flagged, ${trulyIn} truly first words`,
    );
  }
  const exact = [...englishWords].filter((w) => firstWords.has(w)).length;
  console.log(`  English words that are a first word of some alias: ${exact} of ${englishWords.length}`);
}

for (const file of process.argv.slice(2)) {
  console.log(file);
  let started = performance.now();
  const pack = JSON.parse(readFileSync(file, 'utf8')) as Pack;
  console.log(`  parse: ${ms(started)}; ${pack.companies.length} companies`);
  started = performance.now();
  const merged = mergePacks(bundled, [pack]);
  console.log(`  merge: ${ms(started)}; ${merged.patterns.length} aliases`);
  started = performance.now();
  const runtime = packRuntimeValue(merged, 'measure', 1);
  console.log(`  compile: ${ms(started)}; ${runtime.matcher.stateCount} states`);
  const bytes = runtimeBytes(PACK_RUNTIME_KEY, runtime);
  const matcherBytes = JSON.stringify(runtime.matcher).length;
  const levelBytes = JSON.stringify(runtime.levels).length;
  console.log(
    `  runtime: ${mb(bytes)} (matcher ${mb(matcherBytes)}, levels ${mb(levelBytes)}); budget ${mb(MAX_RUNTIME_BYTES)}: ${bytes <= MAX_RUNTIME_BYTES ? 'fits' : 'does not fit'}`,
  );
  const text = JSON.stringify(runtime.matcher);
  gc();
  const heapBefore = process.memoryUsage();
  started = performance.now();
  const loaded = loadMatcher(JSON.parse(text));
  loaded.mayContain('A page that names no company at all.');
  console.log(`  a tab's load (JSON.parse + loadMatcher + first mayContain, Node): ${ms(started)}`);
  gc();
  const heapAfter = process.memoryUsage();
  const held = heapAfter.heapUsed + heapAfter.arrayBuffers - heapBefore.heapUsed - heapBefore.arrayBuffers;
  console.log(`  heap held by the loaded matcher: ${mb(held)}${loaded ? '' : ''}`);
  measurePrefilter(pack);
}
