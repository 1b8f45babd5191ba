// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { pageText } from './page-dictionary.ts';

describe('pageText', () => {
  it('reads the text the scanner reads: a new block on a new line, inline markup joined, skipped parts left out', () => {
    document.body.innerHTML = `
      <p>Shares of Hua<b>wei</b> rose</p><p>Acme Widgets said so.</p>
      <script>var Zenith = "Corp";</script><textarea>Zenith Corp</textarea>
      <ul><li><a>Home</a></li><li>Zenith Corp</li></ul>`;
    const text = pageText(document);
    expect(text).toContain('Shares of Huawei rose\nAcme Widgets said so.');
    expect(text).toContain('Home\nZenith Corp');
    expect(text).not.toContain('var Zenith');
    expect(text.match(/Zenith Corp/g)).toHaveLength(1);
  });

  it('stops at the most one request may send', () => {
    document.body.innerHTML = `<p>${'word '.repeat(1000)}</p>`;
    expect(pageText(document, 100)).toHaveLength(100);
  });
});
