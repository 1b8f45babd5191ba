import { describe, expect, it } from 'vitest';
import { articleParagraphs } from './article-paragraphs.ts';

describe('articleParagraphs', () => {
  it('splits on blank lines and marks the quote, found with the build’s normalisation', () => {
    const text = 'First line.\n\nThe firm’s  network was “very big”. More.\n\nLast.';
    const { paragraphs, found } = articleParagraphs(text, 'The firm\'s network was "very big".');
    expect(found).toBe(true);
    expect(paragraphs).toEqual([
      [{ text: 'First line.', quote: false }],
      [
        { text: 'The firm’s  network was “very big”.', quote: true },
        { text: ' More.', quote: false },
      ],
      [{ text: 'Last.', quote: false }],
    ]);
  });

  it('splits on single line breaks where the text has no blank lines, and marks a quote across them', () => {
    const { paragraphs } = articleParagraphs('One two.\nThree four.\nFive.', 'two. Three');
    expect(paragraphs).toEqual([
      [
        { text: 'One ', quote: false },
        { text: 'two.', quote: true },
      ],
      [
        { text: 'Three', quote: true },
        { text: ' four.', quote: false },
      ],
      [{ text: 'Five.', quote: false }],
    ]);
  });

  it('says when the quote is not there, and marks nothing', () => {
    const { paragraphs, found } = articleParagraphs('Just text.', 'Missing words');
    expect(found).toBe(false);
    expect(paragraphs).toEqual([[{ text: 'Just text.', quote: false }]]);
    expect(articleParagraphs('Just text.', null).found).toBe(false);
  });
});
