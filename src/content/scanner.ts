/**
 * Finds company mentions in this frame and paints them, without touching the page's DOM: text runs
 * are matched by the prebuilt automaton in time-boxed slices, visible part first; one
 * MutationObserver keeps the marks in step with the page. Aborting `signal` removes every mark,
 * listener, observer, timer and the stylesheet.
 */
import type { StatusLevel } from '../shared/dataset-types.ts';
import type { Matcher, MatchHit } from '../shared/matcher/load.ts';
import type { HighlightStyle, MarkMentions } from '../shared/settings.ts';
import { type MentionIndex, MentionStore } from './mention-index.ts';
import { startHighlightPainter } from './scan/highlight-painter.ts';
import { startHighlightStylesheet } from './scan/highlight-stylesheet.ts';
import highlightsCss from './scan/highlights.css?inline';
import { startLateShadowRoots } from './scan/late-shadow-roots.ts';
import { startMentionMarks } from './scan/mention-marks.ts';
import { startMutationWatcher } from './scan/mutation-watcher.ts';
import { whenPageSettled } from './scan/page-settled.ts';
import { runRange } from './scan/run-ranges.ts';
import { ScanQueue } from './scan/scan-queue.ts';
import { type ScanStats, startSliceScheduler } from './scan/slice-scheduler.ts';
import type { TextRun } from './scan/text-run-walker.ts';
import { startTypingGuard } from './scan/typing-guard.ts';
import { whenVisibleBlocksKnown } from './scan/visible-blocks.ts';
import { watchNavigations } from './scan/watch-navigations.ts';

export interface ScannerOptions {
  doc: Document;
  matcher: Matcher;
  companyLevel: (id: string) => StatusLevel;
  highlightStyle: HighlightStyle;
  /** Which mentions are painted (the index holds every one); `setMarkMentions` changes it live. */
  markMentions?: MarkMentions;
  /**
   * Told where text may be new: a changed or added subtree, a shadow root met or attached late
   * (for the dictionary per page, page-dictionary.ts).
   */
  onNewText?(root: Node): void;
  signal: AbortSignal;
}

export interface ScannerIndex extends MentionIndex {
  /** Timing of our own work (not on any page-visible object): for the benchmark and tests. */
  readonly stats: Readonly<ScanStats>;
  setMarkMentions(mode: MarkMentions): void;
  /** The companies' levels changed (a pack's status edited): marks move to their new colours, no rescan. */
  setCompanyLevel(companyLevel: (id: string) => StatusLevel): void;
  /**
   * Matches with `matcher` from now on and rescans `roots` with it: for a matcher that only adds
   * names, found in the text under `roots` (page-dictionary.ts), nothing else needs a rescan.
   */
  useMatcher(matcher: Matcher, roots: readonly Node[]): void;
}

export function startScanner({
  doc,
  matcher,
  companyLevel,
  highlightStyle,
  markMentions = 'every',
  onNewText,
  signal,
}: ScannerOptions): ScannerIndex {
  const win = doc.defaultView as Window & typeof globalThis;
  const store = new MentionStore();
  const stats: ScanStats = { longestSliceMs: 0, slices: 0, chars: 0, idleSince: 0 };
  const painter = startHighlightPainter(win, highlightStyle, signal);
  const marks = startMentionMarks(painter, companyLevel, markMentions);
  // The document gets the rules from the manifest's content-script stylesheet; only open shadow
  // roots, which document styles do not reach, adopt a copy.
  const stylesheet = startHighlightStylesheet(win, highlightsCss, signal);

  const unpaint = (mentions: readonly { companyId: string; range: Range }[]) => {
    for (const { companyId, range } of mentions) marks.remove(companyId, range);
  };

  const commit = (run: TextRun, hits: readonly MatchHit[]) => {
    unpaint(store.removeTouching(run.nodes));
    for (const hit of hits) {
      const { range, nodes } = runRange(run, hit.start, hit.end);
      // A block read whole is known: it files the mention and stands for its visibility (one
      // observed element per paragraph rather than per inline parent).
      store.add(hit.companyId, range, nodes, run.block);
      marks.add(hit.companyId, range, run.block);
    }
  };

  const guard = startTypingGuard(doc, signal);

  // The queue finds shadow roots and custom elements, which the watcher and the late-shadow-root
  // check below take on, and they feed the queue back. That cycle is the one place a callback names
  // a part declared after it; no callback runs before `startScanner` has returned.
  const queue = new ScanQueue({
    matcher,
    commit,
    onShadowRoot: (shadowRoot) => {
      watchShadowRoot(shadowRoot);
      onNewText?.(shadowRoot);
    },
    onShadowlessComponent: (element) => lateShadowRoots.watch(element),
    onBlockRead: (block) => unpaint(store.removeInBlock(block)),
    onMatched: (chars) => {
      stats.chars += chars;
    },
  });

  const scheduler = startSliceScheduler(
    win,
    guard,
    stats,
    (pastDeadline) => {
      const more = queue.work(pastDeadline);
      store.flush();
      return more;
    },
    signal,
  );

  const rescan = (root: Node) => {
    queue.add(root);
    scheduler.wake();
    onNewText?.(root);
  };

  const watcher = startMutationWatcher(
    win,
    {
      dirty: rescan,
      removed: () => {
        unpaint(store.removeDetached());
        store.flush();
      },
      skipped: (root) => {
        unpaint(store.removeInside(root));
        store.flush();
      },
    },
    signal,
  );

  const watchShadowRoot = (shadowRoot: ShadowRoot) => {
    stylesheet.adoptInto(shadowRoot);
    watcher.observe(shadowRoot);
  };

  // A shadow root attached after its host was scanned: scanned like one added to the page.
  const lateShadowRoots = startLateShadowRoots(
    win,
    (shadowRoot) => {
      watchShadowRoot(shadowRoot);
      rescan(shadowRoot);
    },
    signal,
  );

  /** Queues the blocks in view ahead of everything else, then `andThen`. */
  const scanVisibleFirst = (andThen?: () => void) =>
    whenVisibleBlocksKnown(
      doc,
      (blocks) => {
        painter.assumeNear(blocks.filter((block): block is Element => block.nodeType === 1));
        // Queued in reverse so that they end up in reading order at the front.
        for (const block of blocks.reverse()) queue.add(block, { first: true, markSeen: true });
        andThen?.();
        scheduler.wake();
      },
      signal,
    );

  watcher.observe(doc);
  whenPageSettled(win, () => scanVisibleFirst(() => queue.add(doc, { skipSeen: true })), signal);

  // A history-API navigation swaps content in place: the observer sees the DOM changes; show the
  // new view's marks first.
  watchNavigations(
    win,
    () => {
      unpaint(store.removeDetached());
      scanVisibleFirst();
    },
    signal,
  );

  signal.addEventListener('abort', () => store.clear(), { once: true });
  const setMarkMentions = (mode: MarkMentions) => marks.setMode(mode, () => store.all());
  const useMatcher = (next: Matcher, roots: readonly Node[]) => {
    queue.setMatcher(next);
    for (const root of roots) queue.add(root);
    scheduler.wake();
  };
  const setCompanyLevel = (next: (id: string) => StatusLevel) => marks.setLevels(next, () => store.all());
  return Object.assign(store, { stats, setMarkMentions, setCompanyLevel, useMatcher }) as ScannerIndex;
}
