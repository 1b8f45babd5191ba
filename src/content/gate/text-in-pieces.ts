/**
 * Tests a page's text in pieces, a small one first and each next one about four times larger, so that
 * a big page naming a company early is not read whole: on the 1 MB article, reading the body's whole
 * `textContent` was most of the gate's time (docs/benchmark.md, "The gate"). A page naming
 * nobody is still read once, in a few native reads (`Range.toString`, the same text as
 * `textContent`: https://dom.spec.whatwg.org/#dom-range-stringifier).
 *
 * A piece ends before an element that is not inline: the scanner's runs of text never cross one
 * (`BREAKS_RUN_SELECTOR` in element-kinds.ts), so no mention it would find is split between pieces.
 */
import { isInlineElement } from '../scan/element-kinds.ts';

/** Elements in the first piece; a root with no more is read whole. */
const FIRST_PIECE_ELEMENTS = 256;
const GROWTH = 4;
/** Inline elements stepped over to find where a piece can end; past them, the rest is one piece. */
const MAX_INLINE_RUN = 64;

/**
 * Whether `test` passes on some piece of `root`'s text; stops at the first that does. `firstPiece`:
 * elements in the first piece (smaller in tests: jsdom's ranges are slow).
 */
export function someTextPasses(
  root: Element,
  test: (text: string) => boolean,
  firstPiece = FIRST_PIECE_ELEMENTS,
): boolean {
  // Live, in document order, and never counted: counting would visit every element of a big page.
  // Read in order, each step is cheap (the engine keeps its place).
  const elements = root.getElementsByTagName('*');
  if (!elements[firstPiece]) return test(root.textContent ?? '');
  const range = root.ownerDocument.createRange();
  range.selectNodeContents(root);
  for (let next = firstPiece; ; ) {
    let boundary: Element | undefined;
    let i = next;
    for (; i < next + MAX_INLINE_RUN; i++) {
      const element = elements[i];
      if (!element || !isInlineElement(element)) {
        boundary = element;
        break;
      }
    }
    if (!boundary) return test(range.toString());
    range.setEndBefore(boundary);
    if (test(range.toString())) return true;
    range.setStartBefore(boundary);
    range.setEnd(root, root.childNodes.length);
    next = i * GROWTH;
  }
}
