import { describe, expect, it } from 'vitest';
import { quoteLink } from './quote-link.ts';

describe('quoteLink', () => {
  it('names a short quote whole, encoding the fragment syntax', () => {
    expect(quoteLink('https://news.example/a#top', 'Xiaomi co-founder, Lei Jun & others')).toBe(
      'https://news.example/a#:~:text=Xiaomi%20co%2Dfounder%2C%20Lei%20Jun%20%26%20others',
    );
  });
  it('names a long quote by its first and last words', () => {
    expect(
      quoteLink(
        'https://news.example/a',
        'The Commerce Department said on Thursday that Xiaomi would face new checks.',
      ),
    ).toBe('https://news.example/a#:~:text=The%20Commerce%20Department%20said,would%20face%20new%20checks.');
  });
});
