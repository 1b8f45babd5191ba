/**
 * Where the source reader lives in the built extension, and how a fact is named in its address. The
 * background builds the URL; the reader page reads it back. A pack's article and fact are named by
 * the pack's own ids plus the pack's (`pack`), since two packs may both have an article "001_x"; the
 * bundled ones by their ids alone.
 */
export const SOURCE_READER_PATH = 'src/reader/index.html';

export interface SourceRef {
  articleId: string;
  factId: string | null;
  /** The knowledge pack the article is stored in; absent for the bundled articles. */
  packId?: string;
}

export function sourceReaderQuery({ articleId, factId, packId }: SourceRef): string {
  return `?${new URLSearchParams({
    ...(packId === undefined ? {} : { pack: packId }),
    article: articleId,
    ...(factId === null ? {} : { fact: factId }),
  })}`;
}

export function parseSourceReaderQuery(search: string): SourceRef | null {
  const params = new URLSearchParams(search);
  const articleId = params.get('article');
  const packId = params.get('pack');
  if (!articleId) return null;
  return { articleId, factId: params.get('fact'), ...(packId ? { packId } : {}) };
}

/**
 * The reader's address for a fact as a tab holds it: an imported pack's records carry ids namespaced
 * by the pack (`<pack id>/<id>`, `mergedId` in src/background/packs/merge-packs.ts), which the
 * reader looks up in that pack by the pack's own ids.
 */
export function sourceRefOf(articleId: string, factId: string): SourceRef & { factId: string } {
  const slash = articleId.indexOf('/');
  if (slash < 0) return { articleId, factId };
  const packId = articleId.slice(0, slash);
  const prefix = `${packId}/`;
  return {
    packId,
    articleId: articleId.slice(prefix.length),
    factId: factId.startsWith(prefix) ? factId.slice(prefix.length) : factId,
  };
}
