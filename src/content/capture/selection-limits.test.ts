import { describe, expect, it } from 'vitest';
import { MAX_QUOTE_CHARS, selectionProblem } from './selection-limits.ts';

describe('selectionProblem', () => {
  it('accepts a sentence', () => {
    expect(selectionProblem('Xiaomi was added to the Entity List on Friday.')).toBeNull();
  });
  it('refuses nothing selected, or fewer than four words', () => {
    expect(selectionProblem('  \n ')).toBe('empty');
    expect(selectionProblem('Xiaomi was added')).toBe('too-short');
  });
  it('refuses more than four paragraphs or more than the character limit', () => {
    expect(
      selectionProblem(['One two three four.', 'a b c d', 'e f g h', 'i j k l', 'm n o p'].join('\n\n')),
    ).toBe('too-long');
    expect(selectionProblem(`${'word '.repeat(MAX_QUOTE_CHARS / 5)}more`)).toBe('too-long');
  });
});
