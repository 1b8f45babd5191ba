import { describe, expect, it } from 'vitest';
import { articleFragment, articlePage } from './article-page.ts';
import { textBlocks } from './text-blocks.ts';

const names = ['Xiaomi', 'China Mobile', '华为'];

describe('generated articles', () => {
  const html = articlePage({ bytes: 200_000, names, seed: 3, title: 'test' });

  it('is about the size asked for, with about 40 text nodes per KB', () => {
    const bytes = Buffer.byteLength(html);
    expect(bytes).toBeGreaterThanOrEqual(200_000);
    expect(bytes).toBeLessThan(202_000);
    const textNodes = html.match(/>[^<]+</g)?.length ?? 0;
    expect(textNodes / (bytes / 1024)).toBeGreaterThan(35);
    expect(textNodes / (bytes / 1024)).toBeLessThan(45);
  });

  it('plants every name, each within one text node', () => {
    for (const name of names) expect(html).toMatch(new RegExp(`[> ]${name}[ .<]`));
  });

  it('is the same for the same seed and differs for another', () => {
    const again = (seed: number) => articleFragment({ bytes: 5000, names, seed });
    expect(again(1)).toBe(again(1));
    expect(again(1)).not.toBe(again(2));
  });

  it('gives the matcher one text block per heading or paragraph', () => {
    const blocks = textBlocks('<article><h2>A b</h2>\n<p>One <em>two</em> three.</p></article>');
    expect(blocks).toEqual(['A b', 'One two three.']);
    expect(textBlocks(html).join(' ')).not.toMatch(/[<>]/);
  });
});
