/**
 * `npx tsx scripts/generate-pack.ts --companies 100000 --out artifacts/synthetic-100k.pack.json
 * [--seed 1]`: writes a synthetic knowledge pack for scale tests, then reads it back through the
 * import's validation and prints how long each step took.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { commonWordsFromText, commonWordsToText } from '../src/shared/pack/common-words-text.ts';
import { formatPackError } from '../src/shared/pack/data-error.ts';
import { validatePackText } from '../src/shared/pack/validate-pack.ts';
import { loadCommonWords } from './data/common-words.ts';
import { syntheticPack } from './synthetic-pack/synthetic-pack.ts';

const option = (name: string, fallback: string) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : (process.argv[at + 1] ?? fallback);
};
const companies = Number(option('--companies', '100000'));
const seed = Number(option('--seed', '1'));
const out = resolve(option('--out', `artifacts/synthetic-${companies}.pack.json`));
const commonWords = loadCommonWords();

let started = performance.now();
const json = `${JSON.stringify(syntheticPack({ companies, seed, commonWords }))}\n`;
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, json);
const generated = performance.now() - started;
console.log(`Wrote ${out}: ${(json.length / 1e6).toFixed(1)} MB in ${(generated / 1000).toFixed(2)} s`);

// As the options page will: the file's text, and the common words from their generated text form.
const text = readFileSync(out, 'utf8');
const words = commonWordsFromText(commonWordsToText(commonWords));
started = performance.now();
const result = validatePackText(text, { commonWords: words, fileName: out });
const validated = performance.now() - started;
if (result.pack === null) {
  for (const error of result.errors.slice(0, 20)) console.error(formatPackError(error));
  console.error(`${result.errors.length} error(s): the synthetic pack fails validation`);
  process.exit(1);
}
console.log(`Validated ${result.pack.companies.length} companies in ${(validated / 1000).toFixed(2)} s`);
