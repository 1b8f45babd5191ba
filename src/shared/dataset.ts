/**
 * Typed access to the compiled dataset (`src/generated/dataset.json`, written by `npm run data` from
 * the checked sources in `data/`). The JSON is bundled, so lookups need no network or storage.
 *
 * It is bundled as text and parsed on first use: every frame of every page evaluates the content
 * script, and most never show a card. As an object literal it was built in each of them at start-up;
 * as text it is only scanned with the script (no dearer to compile: see
 * docs/benchmark.md, "Decisions behind the code"), and `JSON.parse` runs only in a frame that needs
 * a company's record.
 */
import compiledText from '../generated/dataset.json?raw';
import type { Article, Company, Dataset } from './dataset-types.ts';

interface Loaded {
  dataset: Dataset;
  companies: Map<string, Company>;
  articles: Map<string, Article>;
}

let loaded: Loaded | undefined;

function load(): Loaded {
  if (!loaded) {
    // The build validated every field against `Dataset` before writing the file.
    const dataset = JSON.parse(compiledText) as Dataset;
    loaded = {
      dataset,
      companies: new Map(dataset.companies.map((company) => [company.id, company])),
      articles: new Map(dataset.articles.map((article) => [article.id, article])),
    };
  }
  return loaded;
}

export function dataset(): Dataset {
  return load().dataset;
}

export function companyById(id: string): Company | undefined {
  return load().companies.get(id);
}

export function articleById(id: string): Article | undefined {
  return load().articles.get(id);
}
