/**
 * The scanner's record of every mention it painted. Firefox content scripts cannot iterate
 * `CSS.highlights` (Xray wrappers), and the hover card and popup need lookups anyway, so this index
 * is the source of truth; the highlights are only its paint.
 */
import { compareRanges } from './scan/compare-ranges.ts';
import { blockOf } from './scan/element-kinds.ts';

export interface Mention {
  id: number;
  companyId: string;
  /** May span several text nodes (`Hua<b>wei</b>`). */
  range: Range;
}

export interface MentionIndex {
  /** The mention covering the character at `offset` in text node `node`. */
  at(node: Node, offset: number): Mention | undefined;
  /** Document order (shadow-tree mentions at their host's place). */
  all(): readonly Mention[];
  countsByCompany(): Map<string, number>;
  /** Fires, coalesced, after marks were added or removed. */
  onChange(listener: () => void, signal: AbortSignal): void;
}

const NONE: readonly Mention[] = Object.freeze([]);

/** The mutable side, used by the scanner only. */
export class MentionStore implements MentionIndex {
  private readonly byNode = new Map<Node, Mention[]>();
  /** By the block around their first text node: a block read again drops them in one lookup. */
  private readonly byBlock = new Map<Node, Set<Mention>>();
  /**
   * Each mention with the text nodes it spans (live ranges move when their text is removed, these do
   * not) and the block it is filed under in `byBlock`.
   */
  private readonly mentions = new Map<Mention, { nodes: readonly Node[]; block: Node }>();
  private readonly listeners = new Set<() => void>();
  private sorted: Mention[] | undefined;
  private changed = false;
  private nextId = 1;

  /** `block`: the block around its first text node, when the caller knows it. */
  add(companyId: string, range: Range, nodes: readonly Node[], block = blockOf(nodes[0] as Node)): Mention {
    const mention: Mention = { id: this.nextId++, companyId, range };
    this.mentions.set(mention, { nodes, block });
    const inBlock = this.byBlock.get(block);
    if (inBlock) inBlock.add(mention);
    else this.byBlock.set(block, new Set([mention]));
    for (const node of nodes) {
      const list = this.byNode.get(node);
      if (list) list.push(mention);
      else this.byNode.set(node, [mention]);
    }
    this.touch();
    return mention;
  }

  /** Removes and returns the mentions touching any of `nodes`. */
  removeTouching(nodes: Iterable<Node>): Mention[] {
    const removed = new Set<Mention>();
    for (const node of nodes) {
      for (const mention of this.byNode.get(node) ?? []) removed.add(mention);
    }
    for (const mention of removed) this.unlink(mention);
    return [...removed];
  }

  /** Removes and returns the mentions whose first text node's block is `block`. */
  removeInBlock(block: Node): readonly Mention[] {
    const inBlock = this.byBlock.get(block);
    // Asked for every block of a page on its first scan: answer those with no garbage.
    if (!inBlock) return NONE;
    const removed = [...inBlock];
    for (const mention of removed) this.unlink(mention);
    return removed;
  }

  /** Removes and returns the mentions in `root`'s subtree (one check per block that has any). */
  removeInside(root: Node): Mention[] {
    const removed: Mention[] = [];
    for (const [block, mentions] of this.byBlock) {
      if (root === block || root.contains(block)) removed.push(...mentions);
    }
    for (const mention of removed) this.unlink(mention);
    return removed;
  }

  /** Removes and returns the mentions whose text left the document (or their shadow tree). */
  removeDetached(): Mention[] {
    const removed: Mention[] = [];
    for (const [mention, { nodes }] of this.mentions) {
      if (nodes.some((node) => !node.isConnected)) removed.push(mention);
    }
    for (const mention of removed) this.unlink(mention);
    return removed;
  }

  clear(): void {
    this.mentions.clear();
    this.byNode.clear();
    this.byBlock.clear();
    this.touch();
  }

  /** Calls the change listeners if anything changed since the last call. */
  flush(): void {
    if (!this.changed) return;
    this.changed = false;
    for (const listener of [...this.listeners]) listener();
  }

  at(node: Node, offset: number): Mention | undefined {
    for (const mention of this.byNode.get(node) ?? []) {
      const { range } = mention;
      // A half-open interval: the point just past the last character is not in the mention.
      if (
        range.comparePoint(node, offset) === 0 &&
        !(node === range.endContainer && offset >= range.endOffset)
      ) {
        return mention;
      }
    }
    return undefined;
  }

  all(): readonly Mention[] {
    this.sorted ??= [...this.mentions.keys()].sort((a, b) => compareRanges(a.range, b.range));
    return this.sorted;
  }

  countsByCompany(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const { companyId } of this.mentions.keys()) counts.set(companyId, (counts.get(companyId) ?? 0) + 1);
    return counts;
  }

  onChange(listener: () => void, signal: AbortSignal): void {
    if (signal.aborted) return;
    this.listeners.add(listener);
    signal.addEventListener('abort', () => this.listeners.delete(listener), { once: true });
  }

  private unlink(mention: Mention): void {
    const entry = this.mentions.get(mention);
    if (!entry) return;
    const inBlock = this.byBlock.get(entry.block);
    inBlock?.delete(mention);
    if (inBlock?.size === 0) this.byBlock.delete(entry.block);
    for (const node of entry.nodes) {
      const rest = this.byNode.get(node)?.filter((m) => m !== mention) ?? [];
      if (rest.length) this.byNode.set(node, rest);
      else this.byNode.delete(node);
    }
    this.mentions.delete(mention);
    this.touch();
  }

  private touch(): void {
    this.sorted = undefined;
    this.changed = true;
  }
}
