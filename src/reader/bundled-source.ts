import articleTexts from '../generated/article-texts.json';
import { articleById, dataset } from '../shared/dataset.ts';
import type { Fact } from '../shared/dataset-types.ts';
import type { ReaderSource } from './pack-source.ts';

const TEXTS: Readonly<Record<string, string>> = articleTexts;

function factById(id: string | null): Fact | undefined {
  if (id === null) return undefined;
  for (const company of dataset().companies) {
    const fact = company.facts.find((f) => f.id === id);
    if (fact) return fact;
  }
  return undefined;
}

/** A bundled article as the build checked it (src/generated/article-texts.json), or null. */
export function bundledSource(articleId: string, factId: string | null): ReaderSource | null {
  const article = Object.hasOwn(TEXTS, articleId) ? articleById(articleId) : undefined;
  const text = article && TEXTS[article.id];
  if (!article || text === undefined) return null;
  const fact = factById(factId);
  return { article, text, fact: fact?.articleId === article.id ? fact : undefined };
}
