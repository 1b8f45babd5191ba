import { describe, expect, it } from 'vitest';
import { mergedId } from '../background/packs/merge-packs.ts';
import { parseSourceReaderQuery, sourceReaderQuery, sourceRefOf } from './source-reader-url.ts';

describe('source reader address', () => {
  it('names a bundled fact by its ids, and reads them back', () => {
    const ref = sourceRefOf('002_48df1cb248b3450f', 'f-blocked');
    expect(ref).toEqual({ articleId: '002_48df1cb248b3450f', factId: 'f-blocked' });
    expect(sourceReaderQuery(ref)).toBe('?article=002_48df1cb248b3450f&fact=f-blocked');
    expect(parseSourceReaderQuery(sourceReaderQuery(ref))).toEqual(ref);
  });

  it('names a pack’s fact by the pack and the pack’s own ids, from the ids a merged record has', () => {
    const pack = { id: 'acme-notes', name: 'Acme' };
    const ref = sourceRefOf(mergedId(pack, '001_fixture'), mergedId(pack, 'acme-europe'));
    expect(ref).toEqual({ packId: 'acme-notes', articleId: '001_fixture', factId: 'acme-europe' });
    expect(sourceReaderQuery(ref)).toBe('?pack=acme-notes&article=001_fixture&fact=acme-europe');
    expect(parseSourceReaderQuery(sourceReaderQuery(ref))).toEqual(ref);
  });

  it('reads an address without a fact, and none without an article', () => {
    expect(parseSourceReaderQuery('?article=a')).toEqual({ articleId: 'a', factId: null });
    expect(parseSourceReaderQuery('?pack=p&fact=f')).toBeNull();
  });
});
