/**
 * Finds a captured quote in the page's text again, whitespace runs compared as one space (as the
 * pack's quote check does): the page may wrap or indent its text differently from the selection.
 */
export function findQuoteRange(doc: Document, quote: string): Range | null {
  const wanted = quote.replace(/\s+/g, ' ').trim();
  if (wanted === '' || !doc.body) return null;
  // The page's text with whitespace collapsed, and for each of its characters where it came from.
  let text = '';
  const nodes: Text[] = [];
  const offsets: number[] = [];
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement?.localName;
    if (parent === 'script' || parent === 'style' || parent === 'noscript') continue;
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const space = /\s/.test(data[i] as string);
      if (space && (text === '' || text.endsWith(' '))) continue;
      text += space ? ' ' : data[i];
      nodes.push(node);
      offsets.push(i);
    }
  }
  const at = text.indexOf(wanted);
  if (at < 0) return null;
  const end = at + wanted.length - 1;
  const range = doc.createRange();
  range.setStart(nodes[at] as Text, offsets[at] as number);
  range.setEnd(nodes[end] as Text, (offsets[end] as number) + 1);
  return range;
}
