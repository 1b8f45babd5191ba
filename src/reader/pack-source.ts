/**
 * A knowledge pack's article for the source reader, from the pack store (the packs keep each
 * article's text; the tabs' records do not). It is shown exactly as a bundled one: the pack's
 * article and fact as the card knows them, and the text the import checked their quotes against
 * (docs/dataset.md#knowledge-packs-in-the-extension).
 */
import type { Article, Fact, PackRef } from '../shared/dataset-types.ts';
import type { Pack } from '../shared/pack/pack-schema.ts';
import { openPackStore } from '../shared/pack-store.ts';

export interface ReaderSource {
  article: Article;
  text: string;
  /** The fact whose quote is marked, when the address names one of this article's. */
  fact: Fact | undefined;
}

/** `articleId` and `factId` are the pack's own ids, as the reader's address names them. */
export function packSource(pack: Pack, articleId: string, factId: string | null): ReaderSource | null {
  const found = pack.articles.find((a) => a.id === articleId);
  if (!found) return null;
  const ref: PackRef = { id: pack.header.id, name: pack.header.name };
  const { text, url, ...meta } = found;
  const article: Article = { ...meta, url: url ?? null, pack: ref };
  let fact: Fact | undefined;
  for (const company of factId === null ? [] : pack.companies) {
    const source = company.facts.find((f) => f.id === factId && f.article === articleId);
    if (!source) continue;
    const { id, category, summary, date, quote } = source;
    fact = { id, category, summary, date, articleId, quote, pack: ref };
    break;
  }
  return { article, text, fact };
}

/** Null when no stored pack has the article (the pack was removed since the card opened it). */
export async function readPackSource(
  packId: string,
  articleId: string,
  factId: string | null,
): Promise<ReaderSource | null> {
  const store = await openPackStore();
  try {
    const pack = await store.get(packId);
    return pack ? packSource(pack, articleId, factId) : null;
  } finally {
    store.close();
  }
}
