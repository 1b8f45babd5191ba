import { describe, expect, it } from 'vitest';
import { loadCommonWords } from './common-words.ts';

describe('loadCommonWords', () => {
  const words = loadCommonWords();

  it('holds everyday words, in lower case, including names that are also words', () => {
    for (const word of ['apple', 'alphabet', 'google', 'china', 'mobile', 'mate', 'band'])
      expect(words.has(word)).toBe(true);
  });

  it('does not hold the distinctive company names we match in any case', () => {
    for (const name of ['xiaomi', 'huawei', 'zte', 'qualcomm', 'samsung', 'tiktok', 'wechat'])
      expect(words.has(name)).toBe(false);
  });
});
