/**
 * One MutationObserver for the document and every open shadow root we scan. It turns records into
 * the smallest subtrees to rescan: an added block is rescanned alone (an infinite-scroll batch costs
 * what it adds), added inline content or changed text rescans its block, and removals drop the
 * marks whose text left the page. Text made editable after it was marked (a `contenteditable`
 * attribute, or `designMode` for the whole document) is the user's: its marks go at once, not after
 * the typing pause the scanner waits for.
 */
import { blockOf, isInlineElement, isInsideSkipped } from './element-kinds.ts';

export interface MutationWatcher {
  observe(root: Document | ShadowRoot): void;
}

export interface MutationHandlers {
  dirty(root: Node): void;
  /** Everything under `root` is now skipped (made editable): drop its marks. */
  skipped(root: Node): void;
  removed(): void;
}

/** The node whose text runs a change inside `node` (an element, shadow root or document) can affect. */
function blockAround(node: Node): Node {
  return node.nodeType === 1 && isInlineElement(node as Element) ? blockOf(node) : node;
}

function isBlockElement(node: Node): boolean {
  return node.nodeType === 1 && !isInlineElement(node as Element);
}

export function startMutationWatcher(
  win: Window & typeof globalThis,
  handlers: MutationHandlers,
  signal: AbortSignal,
): MutationWatcher {
  const observer = new win.MutationObserver((records) => {
    let removed = false;
    // `designMode` changes no attribute and fires no event: the first change after it, typing included, tells.
    if (win.document.designMode === 'on') handlers.skipped(win.document);
    for (const record of records) {
      if (record.type === 'attributes') {
        if (isInsideSkipped(record.target)) handlers.skipped(record.target);
        else handlers.dirty(blockAround(record.target));
        continue;
      }
      if (record.type === 'characterData') {
        handlers.dirty(blockOf(record.target));
        continue;
      }
      if (record.removedNodes.length > 0) {
        removed = true;
        // Taking out inline content can join the text around it into a new name.
        if (![...record.removedNodes].every(isBlockElement)) handlers.dirty(blockAround(record.target));
      }
      for (const node of record.addedNodes) {
        if (isBlockElement(node)) handlers.dirty(node);
        else if (node.nodeType === 1 || node.nodeType === 3) handlers.dirty(blockAround(record.target));
      }
    }
    if (removed) handlers.removed();
  });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  return {
    observe(root) {
      if (signal.aborted) return;
      observer.observe(root, {
        childList: true,
        subtree: true,
        characterData: true,
        attributeFilter: ['contenteditable'],
      });
    },
  };
}
