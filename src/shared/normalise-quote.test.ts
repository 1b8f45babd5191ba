import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateQuote, normaliseQuote, normaliseText } from './normalise-quote.ts';

const article =
  'Wang said the market was “very attractive”.\nThe firm’s\u00A0network  equipment was\nplaced under scrutiny.';

describe('normaliseQuote', () => {
  it('collapses whitespace (no-break spaces and line breaks too) and straightens typographic quotes', () => {
    expect(normaliseQuote('  “It’s\u00A0here,”\n\tsaid ‘Wang’  ')).toBe(`"It's here," said 'Wang'`);
  });

  it('changes nothing else', () => {
    expect(normaliseQuote('Xiaomi, ZTE; 5G — “ok”…')).toBe('Xiaomi, ZTE; 5G — "ok"…');
  });
});

describe('locateQuote', () => {
  it('finds a quote across line breaks and odd spaces, and returns the article’s own characters', () => {
    expect(locateQuote("The firm's network equipment was placed under scrutiny.", article)).toBe(
      'The firm’s network equipment was placed under scrutiny.',
    );
    expect(locateQuote('the market was "very attractive".', article)).toBe(
      'the market was “very attractive”.',
    );
  });

  it('rejects anything that differs in more than whitespace and quote style', () => {
    expect(locateQuote('the market was "very attractive!"', article)).toBeNull();
    expect(locateQuote('The Firm’s network equipment', article)).toBeNull();
    expect(locateQuote('The firm’s network was placed under scrutiny.', article)).toBeNull();
    expect(locateQuote('   ', article)).toBeNull();
  });
});

describe('normaliseText', () => {
  // The one-pass form used by pack checks must agree with the character loop that keeps offsets.
  const tricky = fc.constantFrom(...'aZ  \n\t\u00A0\u2028“”‘’«"\''.split(''));
  it('normalises exactly as normaliseQuote does, trimming aside', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: tricky }), fc.string({ unit: 'binary' })), (text) => {
        expect(normaliseText(text).trim()).toBe(normaliseQuote(text));
      }),
    );
  });
});
