/**
 * Finds the blocks on screen, so that what the reader sees is marked before the rest of a long page,
 * without forcing a layout: an IntersectionObserver answers as part of the page's next rendering
 * step. (`elementFromPoint` right after load forced a synchronous layout of the still-growing page,
 * a long task on a 10 MB article: docs/benchmark.md, "Decisions behind the code".)
 */
import { runLater } from '../page-proof-timer.ts';
import { blockFrom, isInlineElement } from './element-kinds.ts';

/** Elements observed at most: the top of the page, where a freshly loaded page is read. */
const MAX_TARGETS = 400;
const MAX_DEPTH = 12;
/** Hidden tabs render no frames, so the observer may not answer: go on in document order. */
const FALLBACK_MS = 500;
/** Elements whose children are lines of one text block, not blocks of their own. */
const TEXT_BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'DT', 'DD', 'FIGCAPTION']);

/**
 * The smallest blocks of the top of the page, in document order: containers (any element with
 * element children that is not a text block or inline) are looked into, so that a page wrapped in
 * one `<main>` or `<div id="app">` does not count as one block in view, which would make the
 * visible-first pass the whole page.
 */
function candidates(doc: Document): Element[] {
  const found: Element[] = [];
  const visit = (parent: Element, depth: number) => {
    // Sibling links and `firstElementChild` are O(1); `childElementCount` and iterating `children`
    // count every child (docs/benchmark.md, "Decisions behind the code").
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      if (found.length >= MAX_TARGETS) return;
      const container =
        depth < MAX_DEPTH &&
        child.firstElementChild !== null &&
        !TEXT_BLOCKS.has(child.tagName) &&
        !isInlineElement(child);
      if (container) visit(child, depth + 1);
      else found.push(child);
    }
  };
  if (doc.body) visit(doc.body, 0);
  return found;
}

/** Calls back once with the blocks in view (possibly none), in document order. */
export function whenVisibleBlocksKnown(
  doc: Document,
  callback: (blocks: Node[]) => void,
  signal: AbortSignal,
): void {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  if (!win || typeof win.IntersectionObserver !== 'function') {
    if (!signal.aborted) callback([]);
    return;
  }
  let observer: IntersectionObserver | undefined;
  const finish = (blocks: Node[]) => {
    if (signal.aborted || !observer) return;
    observer.disconnect();
    observer = undefined;
    cancelFallback();
    callback(blocks);
  };
  // A postTask: a page clearing timer ids must not leave the scan unstarted in a hidden tab.
  const cancelFallback = runLater(win, () => finish([]), FALLBACK_MS, signal);
  // The first report covers every target, in view or not.
  observer = new win.IntersectionObserver((entries) =>
    finish(entries.filter((entry) => entry.isIntersecting).map(({ target }) => blockFrom(target))),
  );
  for (const element of candidates(doc)) observer.observe(element);
  signal.addEventListener(
    'abort',
    () => {
      observer?.disconnect();
    },
    { once: true },
  );
}
