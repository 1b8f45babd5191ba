/**
 * Document order for ranges that may live in different shadow trees, where
 * `Range.compareBoundaryPoints` throws: such ranges are ordered by the shadow hosts that contain
 * them, in the tree the two share.
 */

// Not `instanceof ShadowRoot`: that depends on which window's constructor a frame or test uses.
export function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === 11 && (node as ShadowRoot).host !== undefined;
}

/** The node itself, then its shadow host, that host's host, ... up to the document tree. */
function hostChain(node: Node): Node[] {
  const chain: Node[] = [node];
  let root = node.getRootNode();
  while (isShadowRoot(root)) {
    chain.push(root.host);
    root = root.host.getRootNode();
  }
  return chain.reverse();
}

function compareNodes(a: Node, b: Node): number {
  if (a === b) return 0;
  const position = a.compareDocumentPosition(b);
  if (position & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
  if (position & Node.DOCUMENT_POSITION_PRECEDING) return 1;
  return 0;
}

export function compareRanges(a: Range, b: Range): number {
  if (a.startContainer.getRootNode() === b.startContainer.getRootNode()) {
    return a.compareBoundaryPoints(Range.START_TO_START, b);
  }
  const chainA = hostChain(a.startContainer);
  const chainB = hostChain(b.startContainer);
  // Walk down from the outermost tree until the two chains part.
  for (let i = 0; i < Math.min(chainA.length, chainB.length); i++) {
    const order = compareNodes(chainA[i] as Node, chainB[i] as Node);
    if (order !== 0) return order;
  }
  return chainA.length - chainB.length;
}
