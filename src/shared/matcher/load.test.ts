import { describe, expect, it } from 'vitest';
import { compileMatcher, type MatcherPattern } from './compile.ts';
import { loadMatcher } from './load.ts';
import { MAX_PREFILTER_WORDS } from './prefilter.ts';
import { foldChar, isWordUnit } from './text-rules.ts';

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
  { text: 'Johnson & Johnson', caseSensitive: false, companyId: 'jnj' },
  { text: 'Deutsche Telekom', caseSensitive: true, companyId: 'dt' },
  { text: '3M', caseSensitive: false, companyId: '3m' },
  { text: 'Foxconn', caseSensitive: false, companyId: 'foxconn' },
  { text: 'X', caseSensitive: true, companyId: 'x' },
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
    // Names that start with a letter or digit only start at a word start.
    ['xHuawei', []],
    ['.Huawei', ['Huawei=huawei']],
    ['我Huawei', ['Huawei=huawei']],
    ['\u00adHuawei', ['Huawei=huawei']],
    ['3M, 23M, 3Mx', ['3M=3m']],
    ['𝐀Huawei 😀Huawei', ['Huawei=huawei']],
    ['x华为', ['华为=huawei']],
    [
      'Johnson & Johnson, Johnson &\n Johnson, xJohnson & Johnson',
      ['Johnson & Johnson=jnj', 'Johnson &\n Johnson=jnj'],
    ],
    ['Deut\u00adsche \n Telekom, deutsche telekom', ['Deut\u00adsche \n Telekom=dt']],
    ['DEUTSCHE TELEKOM, Deutsche Telekomx', []],
    ['X and x, Fox, FOXCONN', ['X=x', 'FOXCONN=foxconn']],
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

  it('finds the same in slices of any size as in one pass', () => {
    const text = 'xHuawei我Huawei Johnson &\n Johnson,Deutsche Telekom 3M华为AT&T '.repeat(5);
    const whole = matcher.findAll(text);
    for (let size = 1; size < 40; size++) {
      const sliced = [];
      let notBefore = 0;
      for (let from = 0; from < text.length; from += size) {
        const hits = matcher.findAll(text, from, Math.min(text.length, from + size), notBefore);
        sliced.push(...hits);
        notBefore = hits.at(-1)?.end ?? notBefore;
      }
      expect(sliced, `slices of ${size}`).toEqual(whole);
    }
  });

  it('rejects an empty alias and an unknown format', () => {
    expect(() => compileMatcher([{ text: ' \u00ad', caseSensitive: false, companyId: 'x' }])).toThrow(
      /empty/,
    );
    expect(() => loadMatcher({ ...compileMatcher(patterns), version: 2 as 3 })).toThrow(/format/);
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
    expect(matcher.mayContain('deutsche telekom')).toBe(true);
  });

  it('finds names inside words: a block text joins runs that findAll gets apart', () => {
    // `<li><a>Home</a><ul><li>Huawei</li></ul></li>`, `<p>foo<br>Xiaomi</p>`
    for (const text of ['HomeHuawei', 'fooXiaomi', 'xJohnson & Johnson', 'Chinamobile Ltd', 'x3M']) {
      expect(matcher.mayContain(text), text).toBe(true);
    }
    // While a name is under way ("Hua…") another starts inside its word ("…AT&T").
    expect(matcher.mayContain('HuAT&T')).toBe(true);
    expect(matcher.mayContain('HuAT&Y')).toBe(false);
    // A one-letter name inside the word of another name under way.
    expect(matcher.mayContain('Fox')).toBe(true);
  });

  it('is false for text holding no alias at all', () => {
    expect(matcher.mayContain('The weather was mild and the markets were quiet.')).toBe(false);
    expect(matcher.mayContain('Johnson and Johnson, Deutsche-Telekom, 3 M')).toBe(false);
    expect(matcher.mayContain('')).toBe(false);
  });
});

describe('prefilter', () => {
  it('is built for a small dictionary and passes every text mayContain passes', () => {
    expect(compileMatcher(patterns).prefilter).toBeTypeOf('string');
    for (const text of [
      'Xiaomi sells phones.',
      'China\nMobile Ltd',
      'HUAWEI',
      'Hua\u00adwei',
      '小米手机',
      'fooXiaomi',
    ]) {
      expect(matcher.prefilter(text), text).toBe(true);
    }
  });

  it('rejects plain prose, and passes any text holding an ignorable character', () => {
    expect(matcher.prefilter('The weather was mild and the markets were quiet.')).toBe(false);
    expect(matcher.prefilter('')).toBe(false);
    expect(matcher.prefilter('soft\u00adhyphen')).toBe(true);
    expect(matcher.prefilter('zero\u200bwidth')).toBe(true);
  });

  it('is left out above MAX_PREFILTER_WORDS distinct words; mayContain stands in', () => {
    const many = Array.from({ length: MAX_PREFILTER_WORDS + 1 }, (_, i) => ({
      text: `Company${i.toString(36)}`,
      caseSensitive: false,
      companyId: `c${i}`,
    }));
    const serialized = compileMatcher(many);
    expect(serialized.prefilter).toBeUndefined();
    const big = loadMatcher(serialized);
    expect(big.prefilter('company1a')).toBe(true);
    expect(big.prefilter('companion')).toBe(false);
  });
});

describe('word units', () => {
  it('are the same for a character and its case fold, so aliases and text get the same word starts', () => {
    const differing: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const folded = foldChar(String.fromCharCode(code)).charCodeAt(0);
      if (isWordUnit(code) !== isWordUnit(folded)) differing.push(code.toString(16));
    }
    expect(differing).toEqual([]);
  });
});
