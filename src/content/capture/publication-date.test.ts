// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findPublicationDate } from './publication-date.ts';

const page = (head: string, body = '') =>
  new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');

describe('findPublicationDate', () => {
  it('prefers article:published_time', () => {
    const doc = page(
      '<meta property="article:published_time" content="2024-05-16T09:30:00Z">',
      '<time datetime="2020-01-01">then</time>',
    );
    expect(findPublicationDate(doc)).toEqual({ value: '2024-05-16', source: 'article:published_time' });
  });
  it('reads JSON-LD datePublished, also inside a list or @graph, past a broken script', () => {
    const doc = page(
      `<script type="application/ld+json">{broken</script>
       <script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2023-11-02T10:00:00+01:00"}]}</script>`,
    );
    expect(findPublicationDate(doc)).toEqual({ value: '2023-11-02', source: 'json-ld' });
  });
  it('falls back to the first <time datetime>', () => {
    expect(findPublicationDate(page('', '<time datetime="2022-03-04">4 March</time>'))).toEqual({
      value: '2022-03-04',
      source: 'time',
    });
  });
  it('gives nothing for a page without a date, or with an impossible one', () => {
    expect(findPublicationDate(page('<title>x</title>'))).toBeNull();
    expect(
      findPublicationDate(page('<meta property="article:published_time" content="2021-02-30">')),
    ).toBeNull();
  });
});
