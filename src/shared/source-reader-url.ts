/**
 * Where the source reader lives in the built extension, and how a fact is named in its address. The
 * background builds the URL; the reader page reads it back.
 */
export const SOURCE_READER_PATH = 'src/reader/index.html';

export function sourceReaderQuery(articleId: string, factId: string): string {
  return `?${new URLSearchParams({ article: articleId, fact: factId })}`;
}

export function parseSourceReaderQuery(search: string): { articleId: string; factId: string | null } | null {
  const params = new URLSearchParams(search);
  const articleId = params.get('article');
  return articleId ? { articleId, factId: params.get('fact') } : null;
}
