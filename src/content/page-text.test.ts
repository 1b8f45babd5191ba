// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { textUnder } from './page-text.ts';

describe('textUnder', () => {
  it('reads the text the scanner reads: a new block on a new line, inline markup joined, skipped parts left out', () => {
    document.body.innerHTML = `
      <p>Shares of Hua<b>wei</b> rose</p><p>Acme Widgets said so.</p>
      <script>var Zenith = "Corp";</script><textarea>Zenith Corp</textarea>
      <ul><li><a>Home</a></li><li>Zenith Corp</li></ul>`;
    const text = textUnder(document);
    expect(text).toContain('Shares of Huawei rose\nAcme Widgets said so.');
    expect(text).toContain('Home\nZenith Corp');
    expect(text).not.toContain('var Zenith');
    expect(text.match(/Zenith Corp/g)).toHaveLength(1);
  });

  it('stops at the most one request may send', () => {
    document.body.innerHTML = `<p>${'word '.repeat(1000)}</p>`;
    expect(textUnder(document, new WeakSet(), 100)).toHaveLength(100);
  });

  it('reads open shadow roots, nested ones too, each once, on lines of their own', () => {
    document.body.innerHTML = '<p>Before</p><x-card></x-card><p>After</p>';
    const host = document.querySelector('x-card') as Element;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Acme Widgets inside</p><span id="inner"></span>';
    const inner = (shadow.getElementById('inner') as Element).attachShadow({ mode: 'open' });
    inner.innerHTML = '<b>Zenith Corp</b> deeper';
    const seen = new WeakSet<ShadowRoot>();
    expect(textUnder(document, seen).split('\n')).toEqual([
      'Before',
      'After',
      'Acme Widgets inside',
      'Zenith Corp deeper',
    ]);
    expect(seen.has(shadow) && seen.has(inner)).toBe(true);
    // Read already: left out of the text around it, but read when it is the root itself.
    expect(textUnder(document.body, seen)).toBe('Before\nAfter');
    expect(textUnder(shadow, seen)).toBe('Acme Widgets inside');
  });

  it('reads a block added to the page alone', () => {
    document.body.innerHTML = '<p>Old text</p><div id="new"><p>Acme Widgets</p><p>arrived</p></div>';
    expect(textUnder(document.getElementById('new') as Element)).toBe('Acme Widgets\narrived');
  });
});
