import { describe, expect, it } from 'vitest';
import { cleanPageUrl } from './clean-page-url.ts';

describe('cleanPageUrl', () => {
  it('drops the fragment and tracking parameters, keeping the others in order', () => {
    expect(
      cleanPageUrl('https://news.example/a?id=7&utm_source=x&UTM_Medium=y&fbclid=1&gclid=2&page=2#comments'),
    ).toBe('https://news.example/a?id=7&page=2');
  });
  it('leaves no bare "?" when every parameter was tracking', () => {
    expect(cleanPageUrl('https://news.example/a?utm_campaign=z#top')).toBe('https://news.example/a');
  });
  it('keeps a clean address as it is', () => {
    expect(cleanPageUrl('http://127.0.0.1:8080/capture/story.html')).toBe(
      'http://127.0.0.1:8080/capture/story.html',
    );
  });
});
