import { describe, expect, it } from 'vitest';
import { syntheticDictionary } from './dictionary.ts';

describe('synthetic dictionaries', () => {
  const real = [{ text: 'Xiaomi', caseSensitive: false, companyId: 'xiaomi' }];

  it('holds the real aliases plus distinct invented names, exactly the size asked for', () => {
    const { patterns } = syntheticDictionary(2000, real);
    expect(patterns).toHaveLength(2000);
    expect(patterns[0]).toEqual(real[0]);
    expect(new Set(patterns.map((p) => p.text.toLowerCase())).size).toBe(2000);
    expect(patterns[1]?.text).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
  });
});
