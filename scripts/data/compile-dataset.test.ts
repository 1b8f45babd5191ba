import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../src/shared/matcher/compile.ts';
import { loadMatcher } from '../../src/shared/matcher/load.ts';
import { buildDataset } from './build-dataset.ts';
import { loadCommonWords } from './common-words.ts';
import { matcherPatterns } from './compile-dataset.ts';

const repoRoot = join(import.meta.dirname, '..', '..');
const { dataset, articles } = buildDataset({
  dataDir: join(repoRoot, 'data'),
  rootDir: repoRoot,
  commonWords: loadCommonWords(),
});
if (!dataset) throw new Error('the real dataset must build (see build-dataset.test.ts)');

type Shape = string | Shape[] | { [key: string]: Shape };

/** The type structure of a JSON value; an array's items merge into one shape ("null | string"). */
function shapeOf(value: unknown): Shape {
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? [] : [value.map(shapeOf).reduce(mergeShapes)];
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, shapeOf(item)]));
  }
  return typeof value;
}

function mergeShapes(a: Shape, b: Shape): Shape {
  if (Array.isArray(a) && Array.isArray(b)) {
    const items = [...a, ...b];
    return items.length === 0 ? [] : [items.reduce(mergeShapes)];
  }
  if (typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return Object.fromEntries(
      keys.map((key) => [key, mergeShapes(a[key] ?? 'undefined', b[key] ?? 'undefined')]),
    );
  }
  const names = new Set(
    [a, b].flatMap((shape) => (typeof shape === 'string' ? shape.split(' | ') : [JSON.stringify(shape)])),
  );
  return [...names].sort().join(' | ');
}

describe('compiled dataset', () => {
  it('keeps the documented shape (docs/dataset.md)', () => {
    expect(shapeOf(dataset)).toMatchSnapshot();
  });

  it('lists every company’s facts newest first', () => {
    for (const company of dataset.companies) {
      const values = company.facts.map((fact) => fact.date.value);
      expect(values).toEqual([...values].sort().reverse());
    }
  });

  it('keeps each quote as the article prints it, typographic quotes included', () => {
    const fact = dataset.companies
      .flatMap((c) => c.facts)
      .find((f) => f.id === 'xiaomi-dod-listing-blocked-by-judge');
    expect(fact?.quote).toBe(
      'Hence, it has decided to temporarily block Xiaomi’s inclusion process on the Pentagon’s blacklist.',
    );
  });

  it('gives a matcher that finds every company in the article bodies, and common words only in their case', () => {
    const matcher = loadMatcher(compileMatcher(matcherPatterns(dataset)));
    const found = new Set(
      articles.flatMap((article) => matcher.findAll(article.body).map((hit) => hit.companyId)),
    );
    expect([...found].sort()).toEqual(dataset.companies.map((company) => company.id));
    expect(matcher.findAll('an apple, the alphabet, google it, the China mobile market')).toEqual([]);
  });

  it('gives the matcher every alias with its company', () => {
    const patterns = matcherPatterns(dataset);
    expect(patterns).toContainEqual({ text: 'Apple', caseSensitive: true, companyId: 'apple' });
    expect(patterns).toContainEqual({ text: '小米', caseSensitive: false, companyId: 'xiaomi' });
    expect(patterns).toHaveLength(dataset.companies.reduce((n, c) => n + c.aliases.length, 0));
  });
});
