/** Maps offsets in a run's joined text back to the text nodes they came from. */
import type { TextRun } from './text-run-walker.ts';

/** Index of the node holding the character at `offset` (the last node starting at or before it). */
function nodeIndexAt(run: TextRun, offset: number): number {
  let lo = 0;
  let hi = run.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((run.starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  // Empty text nodes share their start with the next node; the character is in the last of them.
  return lo;
}

export interface RunRange {
  range: Range;
  /** The text nodes the range touches. */
  nodes: Text[];
}

/** A Range over run characters [start, end); `end > start`. */
export function runRange(run: TextRun, start: number, end: number): RunRange {
  const first = nodeIndexAt(run, start);
  const last = nodeIndexAt(run, end - 1);
  const startNode = run.nodes[first] as Text;
  const endNode = run.nodes[last] as Text;
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, start - (run.starts[first] as number));
  range.setEnd(endNode, end - (run.starts[last] as number));
  return { range, nodes: run.nodes.slice(first, last + 1) };
}

/** Whether the run's nodes still hold the text it was read from (the page may change it mid-scan). */
export function runIsCurrent(run: TextRun): boolean {
  let offset = 0;
  for (let i = 0; i < run.nodes.length; i++) {
    const node = run.nodes[i] as Text;
    if (!node.isConnected || run.starts[i] !== offset) return false;
    offset += node.length;
  }
  return offset === run.text.length;
}
