/**
 * Walks a subtree and cuts its text into runs: the text nodes of one block, across inline elements,
 * so that `Hua<b>wei</b>` and `<a>Xiaomi</a>'s` read as the page shows them. Resumable: `next()`
 * stops when the deadline passes and carries on at the next call.
 *
 * Hot path: this visits every node of the page. A TreeWalker with a JavaScript filter calls back into
 * JS for each node, several times the cost of a plain text walk; so the walker has no filter,
 * skipped subtrees are jumped over by hand, each node's text is read once, and editability is read
 * from the attribute instead of `isContentEditable` (which can force a style update). One query for
 * all editing hosts up front was a long task on a 10 MB page. Figures: docs/benchmark.md,
 * "Decisions behind the code".
 *
 * Most of the page is paragraphs, list items and cells (or `<div>`s) of plain inline markup. Those
 * are read whole with one native `textContent` and matched; only the ones that hold a name are then
 * walked, and only their text nodes up to the last name (for offsets). Every node touched from a
 * content script gets a JavaScript wrapper in our isolated world, which costs more than in the
 * page's own world and lands later as garbage-collection pauses, so not touching nodes is what makes
 * the scan cheap.
 */
import type { Matcher, MatchHit } from '../../shared/matcher/load.ts';
import {
  BREAKS_RUN_SELECTOR,
  blockFrom,
  isEditingHost,
  isInlineTag,
  isPrefilteredBlockTag,
  isSkippedTag,
  MAY_HOST_SHADOW_SELECTOR,
} from './element-kinds.ts';

export interface TextRun {
  nodes: Text[];
  /** Offset of each node's text in `text`. */
  starts: number[];
  text: string;
  /**
   * Its mentions, when the walker matched it already (a block read whole); else the queue does.
   * Such a run's nodes stop at the one holding the end of its last mention.
   */
  hits?: readonly MatchHit[];
  /** The block it was read whole from (every node's nearest non-inline ancestor). */
  block?: Element;
}

/** What the walker needs of the matcher to skip and to match whole blocks. */
export type BlockMatcher = Pick<Matcher, 'prefilter' | 'findAll'>;

export interface WalkerOptions {
  /** Open shadow roots met on the way; their text is walked separately. */
  onShadowRoot(shadowRoot: ShadowRoot): void;
  /** Custom elements met without a shadow root: they may attach one later. */
  onShadowlessComponent?(element: Element): void;
  /** Without it, every block is walked node by node. */
  matcher?: BlockMatcher;
  /** Subtrees already scanned (the visible-first pass's blocks), left out. */
  scanned?: WeakSet<Node>;
  /**
   * Each block read whole, or skipped for its text, before its run (if any) is returned: marks it
   * had from an earlier scan must go, as its run (cut after its last mention) may not cover them.
   */
  onBlockRead?(block: Element): void;
}

/** Runs longer than this are cut at a node boundary, to keep one run's work small. */
const MAX_RUN_CHARS = 1 << 16;
/** Nodes visited between deadline checks. */
const CHECK_EVERY = 256;
const ELEMENT = 1;
/** Blocks longer than this are walked, so that reading one stays a small step. */
const ONE_RUN_MAX_CHARS = 1 << 14;
const TEXT = 3;
const SKIP = 0;
const WALK = 1;

export class TextRunWalker {
  private readonly walker: TreeWalker;
  private nodes: Text[] = [];
  private parts: string[] = [];
  private starts: number[] = [];
  private length = 0;
  /** The block of the run being read. */
  private block: Node | null = null;
  /**
   * The parent of the last text node read and its block: most text nodes share their parent with
   * the one before (or, between blocks, with the whitespace before the last block). Valid within
   * one `next()` call only, as the page cannot change the tree during it.
   */
  private lastParent: Node | null = null;
  private lastParentBlock: Node | null = null;
  private ended = false;
  /** A node the walker already stands on that has not been handled yet (after a skip). */
  private held: Node | null = null;

  private readonly onShadowRoot: WalkerOptions['onShadowRoot'];
  private readonly matcher: BlockMatcher | undefined;
  private readonly scanned: WeakSet<Node> | undefined;
  private readonly onBlockRead: ((block: Element) => void) | undefined;
  private readonly onShadowlessComponent: ((element: Element) => void) | undefined;

  constructor(
    private readonly root: Node,
    options: WalkerOptions,
  ) {
    this.onShadowRoot = options.onShadowRoot;
    this.matcher = options.matcher;
    this.scanned = options.scanned;
    this.onBlockRead = options.onBlockRead;
    this.onShadowlessComponent = options.onShadowlessComponent;
    const doc = root.ownerDocument ?? (root as Document);
    this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  }

  get done(): boolean {
    return this.ended;
  }

  /** The next run with some text in it, undefined when the deadline passed, null at the end. */
  next(pastDeadline: () => boolean): TextRun | null | undefined {
    if (this.ended) return null;
    this.lastParent = null;
    // The page may have removed the node we stopped at: start over (runs are idempotent to redo).
    const at = this.walker.currentNode;
    if (at !== this.root && !this.root.contains(at)) {
      this.walker.currentNode = this.root;
      this.held = null;
      this.reset();
    }
    for (let steps = 1; ; steps++) {
      // Skipping the last subtree ends the walk: the walker then stands on the root, and another
      // `nextNode()` would start it over.
      if (this.ended) return this.take() ?? null;
      if (steps % CHECK_EVERY === 0 && pastDeadline()) return undefined;
      const node = this.held ?? this.walker.nextNode();
      this.held = null;
      if (!node) {
        this.ended = true;
        return this.take() ?? null;
      }
      let run: TextRun | undefined;
      const type = node.nodeType;
      if (type === TEXT) {
        const parent = node.parentNode as Node;
        // A run is the text of one block: leaving it (`<div>a<p>b</p>c</div>`: "c" after "b") ends
        // it, as does entering a non-inline element (handled below) or a long run.
        if (parent !== this.lastParent) {
          this.lastParent = parent;
          this.lastParentBlock = blockFrom(parent, this.root);
        }
        const block = this.lastParentBlock as Node;
        if (block !== this.block || this.length >= MAX_RUN_CHARS) run = this.take();
        this.block = block;
        const data = (node as Text).data;
        this.nodes.push(node as Text);
        this.parts.push(data);
        this.starts.push(this.length);
        this.length += data.length;
      } else if (type === ELEMENT) {
        const element = node as Element;
        const tag = element.tagName;
        let whole = isSkippedTag(tag) || this.scanned?.has(element) ? SKIP : this.readWhole(element, tag);
        // Asked after the text check, which skips most blocks anyway: one DOM call less per block.
        if (whole !== SKIP && isEditingHost(element)) whole = SKIP;
        if (whole !== WALK) {
          run = this.take();
          this.block = null;
          if (run && whole !== SKIP) {
            // The text before the block goes first, and the block is read again at the next step:
            // that may come after a yield, and its hits must be those of its text then.
            this.held = element;
          } else {
            if (whole !== SKIP) run = whole;
            this.skipSubtree(element);
          }
        } else {
          const shadowRoot = element.shadowRoot;
          if (shadowRoot) this.onShadowRoot(shadowRoot);
          else if (tag.includes('-')) this.onShadowlessComponent?.(element);
          if (shadowRoot || !isInlineTag(tag)) {
            run = this.take();
            this.block = null;
          }
          // Entering an inline element keeps the run: its text continues the current line.
        }
      }
      if (run) return run;
    }
  }

  /**
   * A prefiltered block read without walking its elements: SKIP when no name is in its text, its
   * run (matched already) when it is plain inline markup, else WALK. A block hosting a shadow root,
   * or holding a custom element that may, is walked: shadow trees' text is not in `textContent`.
   */
  private readWhole(element: Element, tag: string): TextRun | typeof SKIP | typeof WALK {
    const { matcher } = this;
    if (!matcher || element.shadowRoot) return WALK;
    // Many sites write paragraphs as `<div>`s, but most `<div>`s are containers: one native query
    // tells a paragraph (inline markup only) from a container before its text is read.
    const plain = tag === 'DIV';
    if (plain) {
      if (element.querySelector(BREAKS_RUN_SELECTOR) !== null) return WALK;
    } else if (!isPrefilteredBlockTag(tag)) {
      return WALK;
    }
    const text = element.textContent ?? '';
    // No `firstElementChild` test for leaves first: it would wrap the child, a JavaScript object per
    // block, where a query that finds nothing creates none.
    if (!matcher.prefilter(text)) {
      if (!plain && element.querySelector(MAY_HOST_SHADOW_SELECTOR) !== null) return WALK;
      this.onBlockRead?.(element);
      return SKIP;
    }
    if (text.length > ONE_RUN_MAX_CHARS || (!plain && element.querySelector(BREAKS_RUN_SELECTOR) !== null))
      return WALK;
    // Plain inline markup: its text is the run's, so match it before touching any of its nodes.
    const hits = matcher.findAll(text);
    this.onBlockRead?.(element);
    return hits.length === 0 ? SKIP : this.oneRun(element, text, hits);
  }

  /**
   * The run of a block of plain inline markup, whose text is `text`: its text nodes in order, as
   * far as the node holding the end of the last hit (wrapping the rest would be garbage).
   */
  private oneRun(element: Element, text: string, hits: readonly MatchHit[]): TextRun | typeof WALK {
    const nodes: Text[] = [];
    const starts: number[] = [];
    const needed = (hits.at(-1) as MatchHit).end;
    const texts = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    let length = 0;
    // `length` reads no string: the text is `text` already.
    for (let node = texts.nextNode(); node && length < needed; node = texts.nextNode()) {
      nodes.push(node as Text);
      starts.push(length);
      length += (node as Text).length;
    }
    // `textContent` is the text nodes' data in tree order; walking is the safe answer should an
    // engine differ.
    return length >= needed ? { nodes, starts, text, hits, block: element } : WALK;
  }

  /** Moves the walker past `element`'s subtree; the next node is held for the following step. */
  private skipSubtree(element: Element): void {
    this.walker.currentNode = element;
    let next = this.walker.nextSibling();
    while (!next && this.walker.parentNode()) next = this.walker.nextSibling();
    if (next) this.held = next;
    else this.ended = true;
  }

  private reset(): void {
    this.nodes = [];
    this.parts = [];
    this.starts = [];
    this.length = 0;
  }

  private take(): TextRun | undefined {
    const { nodes, starts, parts } = this;
    if (nodes.length === 0) return undefined;
    const text = parts.length === 1 ? (parts[0] as string) : parts.join('');
    // Whitespace between blocks is most runs on most pages: not worth matching, nor new arrays
    // (this runs once per block).
    if (!/\S/.test(text)) {
      nodes.length = 0;
      parts.length = 0;
      starts.length = 0;
      this.length = 0;
      return undefined;
    }
    this.reset();
    return { nodes, starts, text };
  }
}
