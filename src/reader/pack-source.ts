/**
 * A knowledge pack's article for the source reader, from the pack store (the packs keep each
 * article's text; the tabs' records do not), read on its own with the facts that cite it
 * (`StoredArticle`), not with the whole pack. It is shown exactly as a bundled one: the pack's
 * article and fact as the card knows them, and the text the import checked their quotes against
 * (docs/dataset.md#knowledge-packs-in-the-extension).
 */
import type { Article, Fact, PackRef } from '../shared/dataset-types.ts';
import { openPackStore, type StoredArticle } from '../shared/pack-store.ts';

export interface ReaderSource {
  article: Article;
  text: string;
  /** The fact whose quote is marked, when the address names one of this article's. */
  fact: Fact | undefined;
}

/** `factId` is the pack's own id, as the reader's address names it. */
export function packSource(packId: string, stored: StoredArticle, factId: string | null): ReaderSource {
  const ref: PackRef = { id: packId, name: stored.packName };
  const { text, url, ...meta } = stored.article;
  const article: Article = { ...meta, url: url ?? null, pack: ref };
  const source = factId === null ? undefined : stored.facts.find((f) => f.id === factId);
  const fact: Fact | undefined = source && {
    id: source.id,
    category: source.category,
    summary: source.summary,
    date: source.date,
    articleId: article.id,
    quote: source.quote,
    pack: ref,
  };
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
    const stored = await store.article(packId, articleId);
    return stored ? packSource(packId, stored, factId) : null;
  } finally {
    store.close();
  }
}
