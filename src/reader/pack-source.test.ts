import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { FIXTURE_ARTICLE_TEXT, fixturePack } from '../shared/pack/fixture-sources.ts';
import type { Pack } from '../shared/pack/pack-schema.ts';
import { openPackStore, type StoredArticle } from '../shared/pack-store.ts';
import { packSource, readPackSource } from './pack-source.ts';

const pack = () => fixturePack() as unknown as Pack;

describe('packSource', () => {
  const stored = (): StoredArticle => ({
    packName: pack().header.name,
    article: pack().articles[0] as StoredArticle['article'],
    facts: pack().companies.flatMap((c) => c.facts.filter((f) => f.article === '001_fixture')),
  });

  it('gives the pack’s article with its text and the named fact, attributed to the pack', () => {
    const source = packSource(pack().header.id, stored(), 'acme-europe');
    const ref = { id: pack().header.id, name: pack().header.name };
    expect(source.article).toMatchObject({
      id: '001_fixture',
      headline: 'Acme Widgets joins the market',
      pack: ref,
    });
    expect(source.article.url).toBeNull();
    expect(source.text).toContain('Acme Widgets said it would sell');
    expect(source.text).not.toContain('Comment:');
    expect(source.fact).toMatchObject({ id: 'acme-europe', articleId: '001_fixture', pack: ref });
  });

  it('gives no fact for a fact of another article or none', () => {
    expect(packSource(pack().header.id, stored(), 'nope').fact).toBeUndefined();
    expect(packSource(pack().header.id, stored(), null).fact).toBeUndefined();
  });
});

describe('readPackSource', () => {
  it('reads the article from the pack stored under that id, and nothing from a pack not stored', async () => {
    const store = await openPackStore();
    await store.put(pack(), { enabled: false, importedAt: '2026-12-06T00:00:00Z' });
    store.close();
    const source = await readPackSource(pack().header.id, '001_fixture', 'acme-europe');
    expect(FIXTURE_ARTICLE_TEXT).toContain(source?.text.trim().split('\n')[0] ?? '(none)');
    expect(source?.fact?.id).toBe('acme-europe');
    expect(await readPackSource('other-pack', '001_fixture', 'acme-europe')).toBeNull();
    // An article id the pack does not have, however it is spelled.
    expect(await readPackSource(pack().header.id, '__proto__', 'acme-europe')).toBeNull();
  });
});
