/**
 * The gate's view of a changing page: text that arrives or changes after the first look, handed to
 * `check` once per batch of mutations, so a dynamic page costs in proportion to what changed. Text the
 * scanner would skip is left out where that is cheap to tell (inside form fields, `<script>`, editable
 * regions, our own elements): in particular nothing runs for what the user types into the page.
 * The same DOM rules as the scanner's (element-kinds.ts).
 */
import { blockFrom, blockOf, isInsideSkipped, isSkippedElement } from '../scan/element-kinds.ts';

export interface TextWatch {
  observe(root: Document | ShadowRoot): void;
  /** Called with each element added to the page (to find the shadow roots it brings). */
  onElement(callback: (element: Element) => void): void;
}

export function startTextWatch(
  win: Window & typeof globalThis,
  check: (text: string) => void,
  signal: AbortSignal,
): TextWatch {
  let onElement: ((element: Element) => void) | undefined;
  const observer = new win.MutationObserver((records) => {
    // A document in design mode is the user's to edit, as a whole.
    if (win.document.designMode === 'on') return;
    const texts: string[] = [];
    const elements: Element[] = [];
    for (const record of records) {
      if (isInsideSkipped(record.target)) continue;
      if (record.type === 'characterData') {
        texts.push(blockOf(record.target).textContent ?? '');
        continue;
      }
      // Inline content added or taken out can join the text around it into a name: read its block.
      let joins = record.removedNodes.length > 0;
      for (const node of record.addedNodes) {
        if (node.nodeType === 1 && !isSkippedElement(node as Element)) {
          texts.push(node.textContent ?? '');
          elements.push(node as Element);
          joins ||= blockFrom(node) !== node;
        } else if (node.nodeType === 3) {
          joins = true;
        }
      }
      if (joins) texts.push(blockFrom(record.target).textContent ?? '');
    }
    // One test per batch: the texts apart, so that no name seems to run from one into the next.
    if (texts.length > 0) check(texts.join('\n'));
    if (signal.aborted) return;
    if (onElement) for (const element of elements) onElement(element);
  });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  return {
    observe(root) {
      if (signal.aborted) return;
      observer.observe(root, { childList: true, subtree: true, characterData: true });
    },
    onElement(callback) {
      onElement = callback;
    },
  };
}
