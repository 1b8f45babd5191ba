/**
 * The blocks under a grid of points over the viewport: scanned first, so what the reader sees is
 * marked before the rest of a long page. Cheap: a few dozen `elementFromPoint` calls.
 */
import { blockOf, isInlineElement } from './element-kinds.ts';

const COLUMNS = 4;
const ROWS = 8;

export function visibleBlocks(doc: Document): Element[] {
  const win = doc.defaultView;
  if (!win || typeof doc.elementFromPoint !== 'function') return [];
  const width = win.innerWidth;
  const height = win.innerHeight;
  const blocks = new Set<Element>();
  for (let row = 0; row < ROWS; row++) {
    for (let column = 0; column < COLUMNS; column++) {
      const element = doc.elementFromPoint(((column + 0.5) * width) / COLUMNS, ((row + 0.5) * height) / ROWS);
      if (!element) continue;
      const block = isInlineElement(element) ? blockOf(element) : element;
      // The body or root element is the whole page: that is the second pass, not this one.
      if (block.nodeType === 1 && block !== doc.body && block !== doc.documentElement)
        blocks.add(block as Element);
    }
  }
  // A block inside another one found here is covered by it.
  return [...blocks].filter(
    (block) => ![...blocks].some((other) => other !== block && other.contains(block)),
  );
}
