// @vitest-environment jsdom
import { beforeEach, expect, it } from 'vitest';
import { someTextPasses } from './text-in-pieces.ts';

/** Elements in the first piece, here: jsdom's ranges are too slow for the real size. */
const FIRST_PIECE = 8;
let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('main');
});

const paragraphs = (count: number, text = (i: number) => `Paragraph ${i} with a <a href="#">link</a>.`) =>
  Array.from({ length: count }, (_, i) => `<p>${text(i)}</p>`).join('');

/** Every piece the test is given, in order; passes where `passes` does. */
function piecesOf(element: Element, passes = (_text: string) => false) {
  const pieces: string[] = [];
  const result = someTextPasses(
    element,
    (text) => {
      pieces.push(text);
      return passes(text);
    },
    FIRST_PIECE,
  );
  return { result, pieces };
}

it('reads a small root whole', () => {
  root.innerHTML = paragraphs(3);
  const { result, pieces } = piecesOf(root);
  expect(result).toBe(false);
  expect(pieces).toEqual([root.textContent]);
});

it('reads a big root naming nobody in a few growing pieces that together are its text, in order', () => {
  root.innerHTML = `Lead text ${paragraphs(150)} tail text`;
  const { result, pieces } = piecesOf(root);
  expect(result).toBe(false);
  expect(pieces.join('')).toBe(root.textContent);
  expect(pieces.length).toBeGreaterThan(2);
  expect(pieces.length).toBeLessThan(8);
  expect((pieces[0] as string).length).toBeLessThan((pieces[1] as string).length);
});

it('stops at the first piece that passes, without reading the rest', () => {
  root.innerHTML = paragraphs(150, (i) => (i === 1 ? 'Huawei said so.' : `Paragraph ${i}.`));
  const { result, pieces } = piecesOf(root, (text) => text.includes('Huawei'));
  expect(result).toBe(true);
  expect(pieces).toHaveLength(1);
  expect((pieces[0] as string).length).toBeLessThan((root.textContent as string).length / 10);
});

it('never ends a piece inside a run of inline elements, where a name may be split', () => {
  // Element 8 and the ones after it are inline, in the middle of "Huawei".
  const inline = Array.from({ length: 20 }, () => '<b></b>').join('');
  root.innerHTML = `${'<p>x</p>'.repeat(7)}<p>Hua${inline}wei</p>${'<p>y</p>'.repeat(200)}`;
  const { result, pieces } = piecesOf(root, (text) => text.includes('Huawei'));
  expect(result).toBe(true);
  expect(pieces).toHaveLength(1);
});

it('reads the rest as one piece when no element after the first piece can end it', () => {
  root.innerHTML = `${'<p>x</p>'.repeat(10)}${'<span>z</span>'.repeat(200)}`;
  const { pieces } = piecesOf(root);
  expect(pieces.join('')).toBe(root.textContent);
  expect(pieces).toHaveLength(2);
});
