import { describe, expect, it } from 'vitest';
import { paintsHighlightDecorations } from '../../shared/browser.ts';
import { highlightNamesFor } from './highlight-styles.ts';

describe('highlight names per style', () => {
  it('underlines by default, adds the tint for the background style, and paints nothing until hover', () => {
    expect(highlightNamesFor('restricted', 'underline')).toEqual(['company-lens-restricted']);
    expect(highlightNamesFor('contested', 'background')).toEqual([
      'company-lens-contested',
      'company-lens-fill-contested',
    ]);
    expect(highlightNamesFor('none', 'hover-only')).toEqual([]);
  });

  it('tints instead of underlining where highlights cannot draw an underline', () => {
    expect(highlightNamesFor('restricted', 'underline', false)).toEqual([
      'company-lens-restricted',
      'company-lens-fill-restricted',
    ]);
    expect(highlightNamesFor('none', 'hover-only', false)).toEqual([]);
  });
});

describe('paintsHighlightDecorations', () => {
  it('is false for Firefox before 146 only', () => {
    const firefox = (v: number) => `Mozilla/5.0 (X11; Linux x86_64; rv:${v}.0) Gecko/20100101 Firefox/${v}.0`;
    expect(paintsHighlightDecorations(firefox(140))).toBe(false);
    expect(paintsHighlightDecorations(firefox(145))).toBe(false);
    expect(paintsHighlightDecorations(firefox(146))).toBe(true);
    expect(paintsHighlightDecorations(firefox(153))).toBe(true);
    expect(
      paintsHighlightDecorations(
        'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Safari/537.36',
      ),
    ).toBe(true);
  });
});
