/**
 * Walks a subtree and cuts its text into runs: the text nodes of one block, across inline elements,
 * so that `Hua<b>wei</b>` and `<a>Xiaomi</a>'s` read as the page shows them. Resumable: `next()`
 * stops when the deadline passes and carries on at the next call.
 */
import { blockOf, isInlineElement, isSkippedElement } from './element-kinds.ts';

export interface TextRun {
  nodes: Text[];
  /** Offset of each node's text in `text`. */
  starts: number[];
  text: string;
}

/** Runs longer than this are cut at a node boundary, to keep one run's work small. */
const MAX_RUN_CHARS = 1 << 16;
/** Nodes visited between deadline checks. */
const CHECK_EVERY = 128;

export class TextRunWalker {
  private readonly walker: TreeWalker;
  private nodes: Text[] = [];
  private block: Node | undefined;
  private length = 0;
  private ended = false;
  private cut = false;

  constructor(
    private readonly root: Node,
    /** Open shadow roots met on the way; their text is walked separately. */
    private readonly onShadowRoot: (shadowRoot: ShadowRoot) => void,
  ) {
    const doc = root.ownerDocument ?? (root as Document);
    this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => {
        if (node.nodeType !== 1 || !isSkippedElement(node as Element)) return NodeFilter.FILTER_ACCEPT;
        this.cut = true;
        return NodeFilter.FILTER_REJECT;
      },
    });
  }

  get done(): boolean {
    return this.ended;
  }

  /** The next run with some text in it, undefined when the deadline passed, null at the end. */
  next(pastDeadline: () => boolean): TextRun | null | undefined {
    if (this.ended) return null;
    // The page may have removed the node we stopped at: start over (runs are idempotent to redo).
    if (this.walker.currentNode !== this.root && !this.root.contains(this.walker.currentNode)) {
      this.walker.currentNode = this.root;
      this.nodes = [];
      this.length = 0;
    }
    for (let steps = 1; ; steps++) {
      if (steps % CHECK_EVERY === 0 && pastDeadline()) return undefined;
      const node = this.walker.nextNode();
      let run: TextRun | undefined;
      if (!node) {
        this.ended = true;
        return this.take() ?? null;
      }
      if (this.cut) {
        this.cut = false;
        run = this.take();
      }
      if (node.nodeType === 3) {
        const block = blockOf(node);
        if (block !== this.block || this.length >= MAX_RUN_CHARS) run ??= this.take();
        this.block = block;
        this.nodes.push(node as Text);
        this.length += (node as Text).length;
      } else {
        const shadowRoot = (node as Element).shadowRoot;
        if (shadowRoot || !isInlineElement(node as Element)) {
          run ??= this.take();
          this.block = undefined;
        }
        if (shadowRoot) this.onShadowRoot(shadowRoot);
      }
      if (run) return run;
    }
  }

  private take(): TextRun | undefined {
    const nodes = this.nodes;
    this.nodes = [];
    this.length = 0;
    if (nodes.length === 0) return undefined;
    const starts: number[] = [];
    const parts: string[] = [];
    let offset = 0;
    for (const node of nodes) {
      starts.push(offset);
      parts.push(node.data);
      offset += node.data.length;
    }
    const text = parts.join('');
    // Whitespace between blocks is most runs on most pages: not worth matching.
    return /\S/.test(text) ? { nodes, starts, text } : undefined;
  }
}
