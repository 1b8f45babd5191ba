import { describe, expect, it } from 'vitest';
import { badgeText } from './badge.ts';

describe('badgeText', () => {
  const tab = {
    frames: {
      '0': { timeOrigin: 1, active: true, counts: { huawei: 3, zte: 1 } },
      '7': { timeOrigin: 2, active: true, counts: { huawei: 2, xiaomi: 5 } },
    },
  };

  it('counts distinct companies across frames', () => {
    expect(badgeText(tab, true)).toBe('3');
  });

  it('is empty when nothing was found, nothing reported, or the badge is off', () => {
    expect(badgeText({ frames: { '0': { timeOrigin: 1, active: false, counts: {} } } }, true)).toBe('');
    expect(badgeText(undefined, true)).toBe('');
    expect(badgeText(tab, false)).toBe('');
  });
});
