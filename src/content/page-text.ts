/**
 * A frame's text as the scanner reads it, for the background to look pack names up in
 * (page-dictionary.ts): what the scanner skips is left out, and a new block starts a new line so that
 * no name seems to run across two. Open shadow roots are read too, each after the text around its
 * host, on lines of their own.
 */
import { MAX_PAGE_TEXT } from '../shared/messages.ts';
import { blockOf, isSkippedElement } from './scan/element-kinds.ts';

/**
 * The text under `root` (a document reads from its body), at most `max` characters. Every open shadow
 * root read is added to `shadowRoots`, and one already there is not read again.
 */
export function textUnder(
  root: Node,
  shadowRoots: WeakSet<ShadowRoot> = new WeakSet(),
  max = MAX_PAGE_TEXT,
): string {
  const doc = root.nodeType === 9 ? (root as Document) : (root.ownerDocument as Document);
  const start = root.nodeType === 9 ? (doc.body ?? doc.documentElement) : root;
  if (!start) return '';
  const lines: string[] = [];
  let length = 0;
  const pending: ShadowRoot[] = [];
  const read = (from: Node) => {
    const walker = doc.createTreeWalker(from, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        node.nodeType === 1 && isSkippedElement(node as Element)
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_ACCEPT,
    });
    let line = '';
    let block: Node | undefined;
    for (let node = walker.nextNode(); node && length + line.length < max; node = walker.nextNode()) {
      if (node.nodeType === 1) {
        const shadow = (node as Element).shadowRoot;
        if (shadow && !shadowRoots.has(shadow)) pending.push(shadow);
        continue;
      }
      const at = blockOf(node);
      if (block !== undefined && at !== block) {
        lines.push(line);
        length += line.length + 1;
        line = '';
      }
      block = at;
      line += (node as Text).data;
    }
    if (line !== '') {
      lines.push(line);
      length += line.length + 1;
    }
  };
  // A shadow root given as the root is read even when seen: the caller says it changed.
  if (start.nodeType === 11) shadowRoots.add(start as ShadowRoot);
  read(start);
  for (let shadow = pending.shift(); shadow && length < max; shadow = pending.shift()) {
    if (shadowRoots.has(shadow)) continue;
    shadowRoots.add(shadow);
    read(shadow);
  }
  return lines.join('\n').slice(0, max);
}
