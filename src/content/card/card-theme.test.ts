import { describe, expect, it } from 'vitest';
import { DARK, LIGHT, type Palette } from './card-theme.ts';

/** WCAG 2.x relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe.each([
  ['light', LIGHT],
  ['dark', DARK],
] as [string, Palette][])('%s theme', (_, p) => {
  it('meets AA for body and secondary text on the card and on quotes', () => {
    for (const bg of [p.background, p.quoteBackground]) {
      expect(contrast(p.text, bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(p.muted, bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(p.accent, bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(p.warning, bg)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('meets AA for every status badge', () => {
    for (const badge of Object.values(p.badges))
      expect(contrast(badge.text, badge.background)).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps the border visible enough to outline the card', () => {
    expect(contrast(p.border, p.background)).toBeGreaterThan(1.2);
  });
});

describe('contrast()', () => {
  it('matches the WCAG reference values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});
