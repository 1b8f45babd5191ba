// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { readSelection } from './read-selection.ts';

const select = (selector: string) => {
  const range = document.createRange();
  range.selectNodeContents(document.querySelector(selector) as Element);
  const selection = getSelection() as Selection;
  selection.removeAllRanges();
  selection.addRange(range);
};

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('readSelection', () => {
  it('reads the quote as selected, a little context, and the page’s metadata', () => {
    document.head.innerHTML = `<meta property="og:site_name" content="Fixture Daily">
      <script type="application/ld+json">{"datePublished":"2024-02-03"}</script>`;
    document.title = 'A story';
    document.body.innerHTML = `<p>Before it.</p><p id="q">Xiaomi was added to the list.</p><p>After it.</p>`;
    select('#q');
    expect(readSelection(window)).toEqual({
      ok: true,
      quote: 'Xiaomi was added to the list.',
      before: 'Before it.',
      after: 'After it.',
      url: 'http://localhost:3000/',
      title: 'A story',
      siteName: 'Fixture Daily',
      publishedDate: { value: '2024-02-03', source: 'json-ld' },
    });
  });
  it('refuses a password field, whatever is selected, and too short a selection', () => {
    document.body.innerHTML =
      '<p id="q">Xiaomi was added to the list.</p><input type="password" value="secret words go here">';
    select('#q');
    (document.querySelector('input') as HTMLInputElement).focus();
    expect(readSelection(window)).toEqual({ ok: false, problem: 'password' });
    (document.activeElement as HTMLElement).blur();
    document.body.innerHTML = '<p id="q">Xiaomi added</p>';
    select('#q');
    expect(readSelection(window)).toEqual({ ok: false, problem: 'too-short' });
  });
});
