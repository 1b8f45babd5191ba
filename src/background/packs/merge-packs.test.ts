import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../shared/dataset-types.ts';
import { loadMatcher } from '../../shared/matcher/load.ts';
import { FIXTURE_ARTICLE_ID, fixturePack } from '../../shared/pack/fixture-sources.ts';
import type { Pack } from '../../shared/pack/pack-schema.ts';
import { levelLookup } from '../../shared/pack-runtime.ts';
import { mergePacks } from './merge-packs.ts';
import { levelsOf, packRuntimeValue, scanDigest } from './pack-runtime-value.ts';

const generated = (name: string) => readFileSync(new URL(`../../generated/${name}`, import.meta.url), 'utf8');
const bundled = JSON.parse(generated('bundled.pack.json')) as Pack;

/** The fixture pack under another id and name, with a change to its records. */
function pack(id: string, name: string, edit: (p: Pack) => void = () => {}): Pack {
  const p = structuredClone(fixturePack()) as unknown as Pack;
  p.header = { ...p.header, id, name };
  edit(p);
  return p;
}

/** A status fact dated `date`, quoting the fixture article, in an article of that date. */
function withStatusArticle(p: Pack, companyIndex: number, date: string, label: string) {
  const [article] = p.articles;
  if (!article) throw new Error('fixture without article');
  article.date = { value: date, precision: 'month', inferred: false };
  const company = p.companies[companyIndex];
  if (!company) throw new Error('fixture without company');
  company.facts = [
    {
      id: `${company.id}-status`,
      category: 'status',
      summary: label,
      date: { value: date, precision: 'month', inferred: false },
      article: FIXTURE_ARTICLE_ID,
      quote: 'Acme Widgets said it would sell',
      standing: { level: label === 'cleared' ? 'none' : 'restricted', label },
    },
  ];
}

describe('mergePacks', () => {
  it('gives the bundled pack alone exactly the dataset the build compiles', () => {
    const dataset = JSON.parse(generated('dataset.json')) as Dataset;
    const merged = mergePacks(bundled, []);
    expect(merged.companies).toEqual(dataset.companies);
    expect(merged.articles).toEqual(dataset.articles);
  });

  it('namespaces article and fact ids per pack, and tags their records with the pack', () => {
    const merged = mergePacks(bundled, [pack('desk-a', 'Desk A'), pack('desk-b', 'Desk B')]);
    const ids = merged.articles.map((a) => a.id);
    expect(ids).toContain(`desk-a/${FIXTURE_ARTICLE_ID}`);
    expect(ids).toContain(`desk-b/${FIXTURE_ARTICLE_ID}`);
    expect(merged.articles.find((a) => a.id.startsWith('desk-b/'))?.pack).toEqual({
      id: 'desk-b',
      name: 'Desk B',
    });
    expect(merged.articles.filter((a) => a.pack === undefined).length).toBe(bundled.articles.length);
    const acme = merged.companies.find((c) => c.id === 'acme');
    expect(acme?.facts.map((f) => [f.id, f.articleId, f.pack?.name])).toEqual([
      ['desk-a/acme-europe', `desk-a/${FIXTURE_ARTICLE_ID}`, 'Desk A'],
      ['desk-b/acme-europe', `desk-b/${FIXTURE_ARTICLE_ID}`, 'Desk B'],
    ]);
    // The quote as the article prints it, typographic quotes and all.
    expect(acme?.facts[0]?.quote).toBe('Acme Widgets said it would sell its “Roadrunner” line in Europe.');
  });

  it('merges a company of the same id: the first pack names it, aliases are unioned, facts concatenated', () => {
    const merged = mergePacks(bundled, [
      pack('desk-a', 'Desk A'),
      pack('desk-b', 'Desk B', (p) => {
        const acme = p.companies[0];
        if (!acme) return;
        acme.name = 'ACME (renamed)';
        acme.aliases = [...acme.aliases, { text: 'Acme', caseSensitive: true }];
      }),
    ]);
    const acme = merged.companies.filter((c) => c.id === 'acme');
    expect(acme).toHaveLength(1);
    expect(acme[0]?.name).toBe('Acme Widgets');
    expect(acme[0]?.aliases).toEqual([
      { text: 'Acme Widgets', caseSensitive: false },
      { text: 'Acme', caseSensitive: true },
    ]);
    expect(acme[0]?.facts).toHaveLength(2);
    // A bundled company stays one company too.
    expect(merged.companies.filter((c) => c.id === 'xiaomi')).toHaveLength(1);
  });

  it('derives the status across packs: the newest sourced status wins, the older stays among the facts', () => {
    const older = pack('older', 'Older desk', (p) => withStatusArticle(p, 0, '2019-01', 'listed'));
    const newer = pack('newer', 'Newer desk', (p) => withStatusArticle(p, 0, '2024-06', 'cleared'));
    for (const order of [
      [older, newer],
      [newer, older],
    ]) {
      const acme = mergePacks(bundled, order).companies.find((c) => c.id === 'acme');
      expect(acme?.status).toMatchObject({ level: 'none', label: 'cleared', factIds: ['newer/acme-status'] });
      expect(acme?.status.asOf.value).toBe('2024-06');
      expect(acme?.facts.map((f) => f.id)).toEqual(['newer/acme-status', 'older/acme-status']);
    }
  });

  it('compiles one matcher over every alias of every pack, and a level map of the flagged companies', () => {
    const merged = mergePacks(bundled, [pack('desk-a', 'Desk A')]);
    const runtime = packRuntimeValue(merged, 'r1', 3);
    const matcher = loadMatcher(runtime.matcher);
    const found = (text: string) => matcher.findAll(text).map((hit) => hit.companyId);
    expect(found('Acme Widgets and Zenith Corp met Xiaomi and 天顶公司.')).toEqual([
      'acme',
      'zenith',
      'xiaomi',
      'zenith',
    ]);
    expect(found('zenith corp')).toEqual([]);
    const level = levelLookup(runtime.levels);
    expect(level('zenith')).toBe('restricted');
    expect(level('xiaomi')).toBe('contested');
    expect(level('acme')).toBe('none');
    expect(level('')).toBe('none');
    expect(levelsOf(merged.companies)).toEqual(runtime.levels);
    expect(runtime.levels.restricted.split('\n')).toContain('huawei');
  });
});

describe('scanDigest', () => {
  const digest = (p: Pack) => scanDigest(packRuntimeValue(mergePacks(bundled, [p]), 'r', 1));
  const base = pack('desk-a', 'Desk A');

  it('stays the same when only records or levels change, so tabs keep their scan and recolour in place', async () => {
    const edited = pack('desk-a', 'Desk A', (p) => {
      const fact = p.companies[0]?.facts[0];
      if (!fact) throw new Error('fixture without fact');
      fact.summary = 'Another summary.';
      fact.date = { value: '2020', precision: 'year', inferred: true };
    });
    const flagged = pack('desk-a', 'Desk A', (p) => withStatusArticle(p, 0, '2024-06', 'listed'));
    expect(await digest(edited)).toBe(await digest(base));
    expect(await digest(flagged)).toBe(await digest(base));
    // The level did change: the runtime's levels say so, and tabs recolour from them.
    const levels = (p: Pack) => packRuntimeValue(mergePacks(bundled, [p]), 'r', 1).levels;
    expect(levels(flagged)).not.toEqual(levels(base));
  });

  it('changes with a name, which the scanner looks for', async () => {
    const renamed = pack('desk-a', 'Desk A', (p) => {
      p.companies[0]?.aliases.push({ text: 'Acme Gadgets', caseSensitive: false });
    });
    expect(await digest(renamed)).not.toBe(await digest(base));
  });
});
