/**
 * The scanner's to-do list: subtrees to (re)scan, coalesced, worked through in deadline-bounded
 * steps. A run of text is matched in pieces, so even a megabyte of unbroken text never blocks a slice.
 */
import type { Matcher, MatchHit } from '../../shared/matcher/load.ts';
import { isInsideSkipped } from './element-kinds.ts';
import { runIsCurrent } from './run-ranges.ts';
import { type TextRun, TextRunWalker } from './text-run-walker.ts';

/** Characters matched between deadline checks (well under a millisecond). */
const PIECE_CHARS = 16_384;

export interface ScanQueueOptions {
  matcher: Matcher;
  /** Replaces the marks of a run's text nodes with these hits. */
  commit(run: TextRun, hits: readonly MatchHit[]): void;
  /** A block read whole or skipped for its text (see `WalkerOptions.onBlockRead`): drop its marks. */
  onBlockRead(block: Element): void;
  onShadowRoot(shadowRoot: ShadowRoot): void;
  /** A custom element without a shadow root yet (see late-shadow-roots.ts). */
  onShadowlessComponent(element: Element): void;
  /** Counts matched characters. */
  onMatched(chars: number): void;
}

interface Entry {
  root: Node;
  /** The visible-first pass: remember its roots... */
  markSeen: boolean;
  /** ...so that the whole-page pass after it skips their subtrees. */
  skipSeen: boolean;
}

interface PendingRun {
  run: TextRun;
  hits: MatchHit[];
  from: number;
  /** The `work()` call the run was read in. */
  readIn: number;
}

export class ScanQueue {
  private readonly entries: Entry[] = [];
  private walker: TextRunWalker | undefined;
  private pending: PendingRun | undefined;
  /** Roots of the visible-first pass: each one is a block or a run break, so skipping it is exact. */
  private readonly seen = new WeakSet<Node>();
  private calls = 0;
  private matcher: Matcher;

  constructor(private readonly options: ScanQueueOptions) {
    this.matcher = options.matcher;
  }

  /** Matches from now on with `matcher`; what was scanned before is rescanned only if queued again. */
  setMatcher(matcher: Matcher): void {
    this.matcher = matcher;
  }

  /** Queues a subtree; `first` puts it ahead of the rest. */
  add(root: Node, { first = false, markSeen = false, skipSeen = false } = {}): void {
    const entry: Entry = { root, markSeen, skipSeen };
    if (markSeen) this.seen.add(root);
    // Coalesce plain (mutation) entries: a subtree inside a queued one is already covered.
    if (!markSeen && !skipSeen) {
      const plain = (e: Entry) => !e.markSeen && !e.skipSeen;
      if (this.entries.some((e) => plain(e) && (e.root === root || e.root.contains(root)))) return;
      for (let i = this.entries.length - 1; i >= 0; i--) {
        const e = this.entries[i] as Entry;
        if (plain(e) && root.contains(e.root)) this.entries.splice(i, 1);
      }
    }
    if (first) this.entries.unshift(entry);
    else this.entries.push(entry);
  }

  /** Works until the deadline; returns whether work is left. */
  work(pastDeadline: () => boolean): boolean {
    this.calls++;
    while (!pastDeadline()) {
      if (this.pending) {
        this.matchPending(pastDeadline);
        continue;
      }
      if (!this.walker && !this.startNext()) return false;
      const run = this.walker?.next(pastDeadline);
      if (run === undefined) return true;
      if (run === null) {
        this.walker = undefined;
        continue;
      }
      if (run.hits) {
        // Matched as it was read, in this very call: current by construction.
        this.options.onMatched(run.text.length);
        this.options.commit(run, run.hits);
      } else {
        this.pending = { run, hits: [], from: 0, readIn: this.calls };
      }
    }
    return true;
  }

  private startNext(): boolean {
    for (;;) {
      const entry = this.entries.shift();
      if (!entry) return false;
      const { root } = entry;
      const inTree = root.nodeType === 9 || root.isConnected;
      if (!inTree || isInsideSkipped(root)) continue;
      const onShadowRoot = (shadow: ShadowRoot) => {
        this.options.onShadowRoot(shadow);
        this.add(shadow);
      };
      // The walker reports the shadow roots of the elements under its root, not the root's own: a
      // component that is itself a queued block (in view, or just added to the page) has its here.
      const own = root.nodeType === 1 ? (root as Element).shadowRoot : null;
      if (own) onShadowRoot(own);
      else if (root.nodeType === 1 && (root as Element).tagName.includes('-'))
        this.options.onShadowlessComponent(root as Element);
      this.walker = new TextRunWalker(root.nodeType === 9 ? ((root as Document).body ?? root) : root, {
        onShadowRoot,
        matcher: this.matcher,
        scanned: entry.skipSeen ? this.seen : undefined,
        onBlockRead: this.options.onBlockRead,
        onShadowlessComponent: this.options.onShadowlessComponent,
      });
      return true;
    }
  }

  private matchPending(pastDeadline: () => boolean): void {
    const pending = this.pending as PendingRun;
    const { text } = pending.run;
    while (pending.from < text.length) {
      const to = Math.min(text.length, pending.from + PIECE_CHARS);
      const notBefore = pending.hits.at(-1)?.end ?? 0;
      for (const hit of this.matcher.findAll(text, pending.from, to, notBefore)) pending.hits.push(hit);
      this.options.onMatched(to - pending.from);
      pending.from = to;
      if (pastDeadline()) return;
    }
    this.pending = undefined;
    // The page cannot run inside one of our slices, so a run read and matched in the same call is
    // current; one that waited across a yield may have changed, and then its mutation record has
    // queued the block again.
    if (pending.readIn === this.calls || runIsCurrent(pending.run))
      this.options.commit(pending.run, pending.hits);
  }

  get busy(): boolean {
    return this.pending !== undefined || this.walker !== undefined || this.entries.length > 0;
  }
}
