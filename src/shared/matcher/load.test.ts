import { describe, expect, it } from 'vitest';
import { compileMatcher, type MatcherPattern } from './compile.ts';
import { loadMatcher } from './load.ts';

const patterns: MatcherPattern[] = [
  { text: 'Xiaomi', caseSensitive: false, companyId: 'xiaomi' },
  { text: 'Huawei', caseSensitive: false, companyId: 'huawei' },
  { text: 'ZTE', caseSensitive: true, companyId: 'zte' },
  { text: 'Google', caseSensitive: false, companyId: 'google' },
  { text: 'Samsung', caseSensitive: false, companyId: 'samsung' },
  { text: 'Apple', caseSensitive: true, companyId: 'apple' },
  { text: 'China Mobile', caseSensitive: false, companyId: 'china-mobile' },
  { text: 'China Mobile Ltd', caseSensitive: false, companyId: 'china-mobile-ltd' },
  { text: 'Mobile Ltd', caseSensitive: false, companyId: 'mobile-ltd' },
  { text: '华为', caseSensitive: false, companyId: 'huawei' },
  { text: '小米', caseSensitive: false, companyId: 'xiaomi' },
  { text: 'AT&T', caseSensitive: false, companyId: 'att' },
  { text: 'Ünïcode AG', caseSensitive: false, companyId: 'unicode' },
];
const matcher = loadMatcher(JSON.parse(JSON.stringify(compileMatcher(patterns))));

function found(text: string): string[] {
  return matcher.findAll(text).map((hit) => `${text.slice(hit.start, hit.end)}=${hit.companyId}`);
}

describe('matcher', () => {
  it.each([
    ['Xiaomi sells phones.', ['Xiaomi=xiaomi']],
    ['XIAOMI and xiaomi', ['XIAOMI=xiaomi', 'xiaomi=xiaomi']],
    ['Googleplex is big', []],
    ['a pineapple pie', []],
    ['two Samsungs', []],
    ["Xiaomi's phone", ['Xiaomi=xiaomi']],
    ['Xiaomi’s phone', ['Xiaomi=xiaomi']],
    ['ZTE-made modems', ['ZTE=zte']],
    ['zte-made modems', []],
    ['an Apple a day, an apple a day', ['Apple=apple']],
    ['China Mobile Ltd reported', ['China Mobile Ltd=china-mobile-ltd']],
    ['China Mobile reported', ['China Mobile=china-mobile']],
    [
      'China\u00a0Mobile and China\n  Mobile',
      ['China\u00a0Mobile=china-mobile', 'China\n  Mobile=china-mobile'],
    ],
    ['Hua\u00adwei and Xiao\u200bmi', ['Hua\u00adwei=huawei', 'Xiao\u200bmi=xiaomi']],
    ['我用华为手机和小米电视', ['华为=huawei', '小米=xiaomi']],
    ['AT&T, AT&Tx', ['AT&T=att']],
    ['ÜNÏCODE AG ünïcode ag', ['ÜNÏCODE AG=unicode', 'ünïcode ag=unicode']],
    ['Ünïcode AGs', []],
    ['éGoogle Googleé', []],
    ['(Google)', ['Google=google']],
    ['Huawei/ZTE', ['Huawei=huawei', 'ZTE=zte']],
    ['', []],
    ['ZTE', ['ZTE=zte']],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('resolves overlapping names leftmost first, then longest', () => {
    expect(found('China Mobile Ltd')).toEqual(['China Mobile Ltd=china-mobile-ltd']);
    expect(found('the Mobile Ltd unit')).toEqual(['Mobile Ltd=mobile-ltd']);
  });

  it('matches the same way in consecutive slices as in one pass', () => {
    const text = 'Xiaomi, China Mobile Ltd and Huawei. '.repeat(20);
    const whole = matcher.findAll(text);
    const sliced = [];
    let notBefore = 0;
    for (let from = 0; from < text.length; from += 7) {
      const hits = matcher.findAll(text, from, Math.min(text.length, from + 7), notBefore);
      sliced.push(...hits);
      notBefore = hits.at(-1)?.end ?? notBefore;
    }
    expect(sliced).toEqual(whole);
  });

  it('rejects an empty alias and an unknown format', () => {
    expect(() => compileMatcher([{ text: ' \u00ad', caseSensitive: false, companyId: 'x' }])).toThrow(
      /empty/,
    );
    expect(() => loadMatcher({ ...compileMatcher(patterns), version: 2 as 1 })).toThrow(/format/);
  });
});

describe('mayContain', () => {
  it('is true wherever findAll finds a mention, also across line breaks and soft hyphens', () => {
    for (const text of [
      'Xiaomi sells phones.',
      'ZTE-made',
      'China\nMobile Ltd',
      'Hua\u00adwei',
      '小米手机',
      'AT&T',
    ]) {
      expect(matcher.findAll(text).length, text).toBeGreaterThan(0);
      expect(matcher.mayContain(text), text).toBe(true);
    }
  });

  it('ignores word boundaries and case rules, so it never misses a block that has a name', () => {
    expect(matcher.mayContain('Googleplex')).toBe(true);
    expect(matcher.mayContain('an apple a day')).toBe(true);
  });

  it('is false for text holding no alias at all', () => {
    expect(matcher.mayContain('The weather was mild and the markets were quiet.')).toBe(false);
    expect(matcher.mayContain('')).toBe(false);
  });
});
