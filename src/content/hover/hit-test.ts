import type { Mention, MentionIndex } from '../mention-index.ts';

export interface TextPosition {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?(
    x: number,
    y: number,
    options?: { shadowRoots?: ShadowRoot[] },
  ): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
};

/**
 * Open shadow roots under the point, outermost first. Without them `caretPositionFromPoint` stops at
 * the shadow host; with them it reports the text inside (Chrome 128+, Firefox 20+). Closed roots stay
 * closed, ours included. As deep as the nesting goes, since the scanner marks text at any depth: each
 * step must land strictly inside the last root (`elementFromPoint` on a shadow root answers with an
 * element outside it when nothing of the root's own is under the point), so the walk ends.
 */
function shadowRootsAt(doc: Document, x: number, y: number): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  let element = doc.elementFromPoint(x, y);
  while (element?.shadowRoot) {
    const root = element.shadowRoot;
    roots.push(root);
    const inner = root.elementFromPoint(x, y);
    if (!inner || inner.getRootNode() !== root) break;
    element = inner;
  }
  return roots;
}

/** The text position under a viewport point, by the standard API where there is one and WebKit's otherwise. */
export function caretAt(doc: Document, x: number, y: number): TextPosition | null {
  const d = doc as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const roots = shadowRootsAt(doc, x, y);
    const position = roots.length
      ? d.caretPositionFromPoint(x, y, { shadowRoots: roots })
      : d.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = d.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function rectContains(rect: DOMRect, x: number, y: number): boolean {
  return x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
}

/**
 * The mention under a viewport point, or undefined. The caret lands *between* characters, so the point
 * over a mention's last character can report the offset just past it: try that offset and the one
 * before. The caret also snaps to the nearest text when the point is in a margin or past the end of
 * a line, so the answer stands only if the point lies inside one of the mention's own line boxes.
 */
export function mentionAtPoint(
  doc: Document,
  index: MentionIndex,
  x: number,
  y: number,
): Mention | undefined {
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return undefined;
  const candidates = [index.at(caret.node, caret.offset)];
  if (caret.offset > 0) candidates.push(index.at(caret.node, caret.offset - 1));
  for (const mention of candidates) {
    if (!mention) continue;
    for (const rect of mention.range.getClientRects()) if (rectContains(rect, x, y)) return mention;
  }
  return undefined;
}
