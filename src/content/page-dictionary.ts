/**
 * When the enabled packs are too large for every tab to hold their matcher (`perPage` in
 * pack-runtime.ts), a frame sends its text to the background once per runtime, which answers with a
 * matcher of the bundled names plus the pack companies that text names
 * (docs/packs-at-scale.md, "a dictionary per page"). The text is read as the scanner reads it: what it
 * skips is left out, and a new block starts a new line so that no name seems to run across two.
 */
import type { SerializedMatcher } from '../shared/matcher/serialized-matcher.ts';
import { askBackground, MAX_PAGE_TEXT } from '../shared/messages.ts';
import { blockOf, isSkippedElement } from './scan/element-kinds.ts';

export function pageText(doc: Document, max = MAX_PAGE_TEXT): string {
  const root = doc.body ?? doc.documentElement;
  if (!root) return '';
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === 1 && isSkippedElement(node as Element)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  let text = '';
  let block: Node | undefined;
  for (let node = walker.nextNode(); node && text.length < max; node = walker.nextNode()) {
    if (node.nodeType !== 3) continue;
    const at = blockOf(node);
    if (block !== undefined && at !== block) text += '\n';
    block = at;
    text += (node as Text).data;
  }
  return text.slice(0, max);
}

/** The frame's own matcher for `revision`, or null when its text names no pack company. */
export async function askPageDictionary(doc: Document, revision: string): Promise<SerializedMatcher | null> {
  const answer = await askBackground({ type: 'find-companies', text: pageText(doc) });
  return answer.revision === revision ? answer.matcher : null;
}
