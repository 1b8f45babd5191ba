import { describe, expect, it } from 'vitest';
import { citationText } from './citation.ts';
import type { Article, Fact } from './dataset-types.ts';

const words = {
  publisherUnknown: 'Publisher not known',
  cites: (s: string) => `cites ${s}`,
  dateInferred: 'date inferred',
};
const fact = { quote: 'Xiaomi will come to the US.' } as Fact;
const article: Article = {
  id: 'a',
  headline: 'Xiaomi will come to the US, isn’t afraid of politics',
  publisher: 'AndroidPIT (NextPit)',
  cites: 'Reuters',
  date: { value: '2018-07', precision: 'month', inferred: true },
  dateBasis: 'inferred',
  url: null,
};

describe('citationText', () => {
  it('gives the quote, headline, publisher, cited source and the date with its inferred mark', () => {
    expect(citationText(fact, article, words, 'en-US')).toBe(
      '“Xiaomi will come to the US.” — Xiaomi will come to the US, isn’t afraid of politics. ' +
        'AndroidPIT (NextPit), cites Reuters, ~Jul 2018 (date inferred).',
    );
  });

  it('says the publisher is not known, and adds the address only where there is one', () => {
    const text = citationText(
      fact,
      {
        ...article,
        publisher: null,
        cites: null,
        url: 'https://example.com/story',
        date: { value: '2021-03-15', precision: 'day', inferred: false },
      },
      words,
      'en-US',
    );
    expect(text).toBe(
      '“Xiaomi will come to the US.” — Xiaomi will come to the US, isn’t afraid of politics. ' +
        'Publisher not known, Mar 15, 2021. https://example.com/story',
    );
  });
});
