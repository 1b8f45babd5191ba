import { describe, expect, it } from 'vitest';
import { comparePackVersions, PACK_VERSION } from './pack-version.ts';

describe('pack versions', () => {
  it('compares part by part as numbers', () => {
    expect(comparePackVersions('1.10.0', '1.9.3')).toBe(1);
    expect(comparePackVersions('1.2.0', '1.2.0')).toBe(0);
    expect(comparePackVersions('0.9.9', '1.0.0')).toBe(-1);
    expect(comparePackVersions('2.0.0', '10.0.0')).toBe(-1);
  });

  it('accepts only MAJOR.MINOR.PATCH without leading zeros or tags', () => {
    for (const version of ['1.0.0', '0.1.0', '12.345.6']) expect(PACK_VERSION.test(version)).toBe(true);
    for (const version of ['1.0', '1', '01.0.0', '1.0.0-beta', 'v1.0.0', '1.0.0\n'])
      expect(PACK_VERSION.test(version)).toBe(false);
  });
});
