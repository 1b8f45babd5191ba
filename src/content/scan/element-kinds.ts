/**
 * The DOM rules, in one place: which elements the scanner skips (not prose, the user's, or ours),
 * what is editable, and which elements end a run of text (a block). Decided by tag name and
 * attribute, not computed style or `isContentEditable`: reading styles for every element would
 * force style recalculation on big pages.
 */
import { isShadowRoot } from './compare-ranges.ts';

/** Elements whose text is not page prose, or belongs to the user (form fields) or to us. */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'svg',
  'math',
  'HEAD',
]);

/** Phrasing elements that do not break a word: `Hua<b>wei</b>` is one word. */
const INLINE_TAGS = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'BIG',
  'CITE',
  'CODE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'KBD',
  'MARK',
  'NOBR',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'TT',
  'U',
  'VAR',
]);

/**
 * The inline tags as a selector list, the most common first: the engine tries a `:not()` list in
 * order for every element it tests, and most inline elements on a page are links and spans.
 */
const COMMON_INLINE = ['A', 'SPAN', 'EM', 'STRONG', 'B', 'I', 'CODE', 'SMALL', 'SUP', 'SUB', 'TIME'];
const commonFirst = (tag: string) => {
  const rank = COMMON_INLINE.indexOf(tag);
  return rank < 0 ? COMMON_INLINE.length : rank;
};
const INLINE_LIST = [...INLINE_TAGS]
  .sort((a, b) => commonFirst(a) - commonFirst(b))
  .map((tag) => tag.toLowerCase())
  .join(',');
/**
 * Any element that ends a run of text (not in INLINE_TAGS: `<br>`, `<img>`, nested blocks,
 * components), or an editing host: a block holding none is one run, its `textContent`.
 */
export const BREAKS_RUN_SELECTOR = `:not(${INLINE_LIST}),[contenteditable]`;
/**
 * Any element but the inline ones and the void elements of a line: a custom element among them may
 * host a shadow tree, whose text `textContent` leaves out. Matched natively, with no wrapper per node.
 */
export const MAY_HOST_SHADOW_SELECTOR = `:not(${INLINE_LIST},br,img,wbr)`;

/**
 * Blocks whose whole text is checked in one native `textContent` read before walking them: most
 * paragraphs name no company, and skipping them spares a JavaScript wrapper per node (garbage that
 * otherwise lands as collection pauses inside our slices).
 */
const PREFILTERED_BLOCK_TAGS = new Set([
  'P',
  'LI',
  'TD',
  'TH',
  'DD',
  'DT',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'FIGCAPTION',
]);

export function isPrefilteredBlockTag(tag: string): boolean {
  return PREFILTERED_BLOCK_TAGS.has(tag);
}

const OUR_PREFIX = 'company-lens';
/** HTML upper-cases `tagName`; XHTML and other namespaces keep the case it was created with. */
const OUR_TAG_PREFIX = OUR_PREFIX.toUpperCase();

/**
 * An element that makes its subtree editable (text there belongs to the user). By attribute: its
 * descendants are skipped with it, and a document in design mode is skipped as a whole.
 */
export function isEditingHost(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

/** By tag name alone, for the walker's hot path (editability is checked separately there). */
export function isSkippedTag(tagName: string): boolean {
  return SKIPPED_TAGS.has(tagName) || tagName.startsWith(OUR_TAG_PREFIX) || tagName.startsWith(OUR_PREFIX);
}

/** Elements whose whole subtree the scanner leaves alone. */
export function isSkippedElement(element: Element): boolean {
  return isSkippedTag(element.tagName) || isEditingHost(element);
}

export function isInlineTag(tagName: string): boolean {
  return INLINE_TAGS.has(tagName);
}

export function isInlineElement(element: Element): boolean {
  return isInlineTag(element.tagName);
}

function parentAcrossShadow(node: Node): Node | null {
  const parent = node.parentNode;
  return parent && isShadowRoot(parent) ? parent.host : parent;
}

/** Whether `node` sits in a skipped subtree (also across shadow boundaries), e.g. a changed node. */
export function isInsideSkipped(node: Node): boolean {
  if (node.ownerDocument?.designMode === 'on') return true;
  for (let current: Node | null = node; current; current = parentAcrossShadow(current)) {
    if (current.nodeType === 1 && isSkippedElement(current as Element)) return true;
  }
  return false;
}

/**
 * The block whose run of text `node` is part of: `node` itself unless it is an inline element, else
 * its nearest ancestor that is not one (an element, shadow root or document). Not above `top`.
 */
export function blockFrom(node: Node, top?: Node): Node {
  let block = node;
  while (block !== top && block.nodeType === 1 && isInlineTag((block as Element).tagName)) {
    const parent = block.parentNode;
    if (!parent) break;
    block = parent;
  }
  return block;
}

/** The element (or shadow root, or document) whose run of text contains `node`. */
export function blockOf(node: Node): Node {
  return node.parentNode ? blockFrom(node.parentNode) : node;
}
