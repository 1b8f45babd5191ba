import { describe, expect, it } from 'vitest';
import { splitSentences, unusedSentences } from './report-unused.ts';

const body = `Acme joins the market

Acme said “we are ready.” Zenith declined to comment. The weather was fine.
Zenith’s review ended, and Acme’s shares rose.`;

// Stands in for the real matcher: finds the two fixture names.
const find = (text: string) => [...text.matchAll(/Acme|Zenith/g)].map((m) => m[0].toLowerCase());

describe('splitSentences', () => {
  it('splits lines, then sentences (a closing quote stays with its sentence)', () => {
    expect(splitSentences(body)).toEqual([
      'Acme joins the market',
      'Acme said “we are ready.”',
      'Zenith declined to comment.',
      'The weather was fine.',
      'Zenith’s review ended, and Acme’s shares rose.',
    ]);
  });
});

describe('unusedSentences', () => {
  it('lists sentences naming a company that no quote covers, whole or in part', () => {
    const quotes = ['Acme said "we are ready."', "Zenith's review ended"];
    expect(unusedSentences(body, quotes, find)).toEqual([
      { sentence: 'Acme joins the market', companyIds: ['acme'] },
      { sentence: 'Zenith declined to comment.', companyIds: ['zenith'] },
    ]);
  });

  it('counts a sentence as used when a quote spans it and more', () => {
    const quotes = [
      'Acme joins the market',
      'Acme said “we are ready.” Zenith declined to comment.',
      'Acme’s shares rose.',
    ];
    expect(unusedSentences(body, quotes, find)).toEqual([]);
  });
});
