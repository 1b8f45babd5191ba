import { useEffect, useState } from 'preact/hooks';
import type { SourceRef } from '../shared/source-reader-url.ts';
import { bundledSource } from './bundled-source.ts';
import { type ReaderSource, readPackSource } from './pack-source.ts';

/**
 * The article the address names: a bundled one at once; a pack's once the pack store answered
 * (undefined until then). Null when there is no such article.
 */
export function useReaderSource(ref: SourceRef | null): ReaderSource | null | undefined {
  const packId = ref?.packId;
  const [source, setSource] = useState<ReaderSource | null | undefined>(() =>
    !ref ? null : packId === undefined ? bundledSource(ref.articleId, ref.factId) : undefined,
  );
  useEffect(() => {
    if (!ref || packId === undefined) return;
    let live = true;
    readPackSource(packId, ref.articleId, ref.factId).then(
      (found) => live && setSource(found),
      () => live && setSource(null),
    );
    return () => {
      live = false;
    };
  }, [packId, ref?.articleId, ref?.factId]);
  return source;
}
