// @vitest-environment jsdom
/**
 * Property: in random DOM trees with names planted in them (split across inline elements, inside
 * blocks of filler), the scanner marks exactly the planted names, and the page's text and structure
 * are unchanged afterwards.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { installFakeHighlights, markedTexts, scan, settled } from './scan-test-kit.ts';

const NAMES = [
  ['Xiaomi', 'xiaomi'],
  ['Huawei', 'huawei'],
  ['ZTE', 'zte'],
  ['China Mobile', 'china-mobile'],
] as const;
const FILLER = ['the', 'phone', 'market', 'grew', 'in', 'Asia', 'while', 'sales', 'fell'];
const INLINE = ['b', 'i', 'a', 'span', 'em'];
const BLOCK = ['p', 'div', 'li', 'section', 'blockquote'];

interface Block {
  tag: string;
  /** Words; a planted name is given as its pieces (split over inline elements). */
  words: ({ filler: string } | { name: number; pieces: string[]; wraps: string[] })[];
}

function splitName(text: string, cuts: number[]): string[] {
  const points = [...new Set(cuts.map((c) => 1 + (c % (text.length - 1))))].sort((a, b) => a - b);
  return [0, ...points].map((from, i) => text.slice(from, points[i] ?? text.length));
}

const blockArb = fc.record({
  tag: fc.constantFrom(...BLOCK),
  words: fc.array(
    fc.oneof(
      fc.record({ filler: fc.constantFrom(...FILLER) }),
      fc
        .record({
          name: fc.nat(NAMES.length - 1),
          cuts: fc.array(fc.nat(), { maxLength: 2 }),
          wraps: fc.array(fc.constantFrom(...INLINE), { minLength: 3, maxLength: 3 }),
        })
        .map(({ name, cuts, wraps }) => ({ name, pieces: splitName(NAMES[name]?.[0] ?? '', cuts), wraps })),
    ),
    { maxLength: 8 },
  ),
});

function render(blocks: Block[]): { html: string; expected: string[] } {
  const expected: string[] = [];
  const html = blocks
    .map(({ tag, words }) => {
      const inner = words.map((word) => {
        if ('filler' in word) return word.filler;
        const [text, id] = NAMES[word.name] ?? ['', ''];
        expected.push(`${text}=${id}`);
        return word.pieces
          .map((piece, i) => (i === 0 ? piece : `<${word.wraps[i]}>${piece}</${word.wraps[i]}>`))
          .join('');
      });
      return `<${tag}>${inner.join(' ')}</${tag}>`;
    })
    .join('');
  return { html, expected };
}

let life: AbortController;
beforeEach(() => {
  installFakeHighlights(window);
});
afterEach(() => life?.abort());

it('marks exactly the planted names and leaves the DOM as it was', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(blockArb, { maxLength: 6 }), async (blocks) => {
      life?.abort();
      life = new AbortController();
      const { html, expected } = render(blocks);
      document.body.innerHTML = html;
      const before = document.documentElement.outerHTML;
      const index = scan(document, life.signal);
      await settled(index);
      expect(markedTexts(index)).toEqual(expected);
      expect(document.documentElement.outerHTML).toBe(before);
      life.abort();
      expect(document.documentElement.outerHTML).toBe(before);
    }),
    { numRuns: 60 },
  );
});
