/**
 * `normaliseAlias` returns printable ASCII that is already canonical as it is; anything else goes
 * character by character. Both must give what the rule says: no ignorables, one space for a run of
 * whitespace, nothing at either end.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IGNORABLE_CHARS, normaliseAlias } from './text-rules.ts';

const byTheRule = (text: string) =>
  [...text]
    .filter((char) => !IGNORABLE_CHARS.includes(char))
    .join('')
    .split(/\s+/)
    .filter(Boolean)
    .join(' ');

const alias = fc
  .array(
    fc.constantFrom('a', 'Z', '9', '-', '&', '.', ' ', '  ', '\t', '\u00a0', '\u00ad', '\u200b', 'é', '华'),
    {
      maxLength: 12,
    },
  )
  .map((parts) => parts.join(''));

describe('normaliseAlias', () => {
  it('drops ignorables, collapses whitespace and trims, whatever the characters', () => {
    fc.assert(
      fc.property(alias, (text) => {
        expect(normaliseAlias(text)).toBe(byTheRule(text));
      }),
    );
  });

  it('keeps a canonical ASCII name as it is', () => {
    expect(normaliseAlias('AT&T Inc.')).toBe('AT&T Inc.');
    expect(normaliseAlias(' AT&T  Inc. ')).toBe('AT&T Inc.');
  });
});
