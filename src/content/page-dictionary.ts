/**
 * When the enabled packs are too large for every tab to hold their matcher (`perPage` in
 * pack-runtime.ts), a frame sends its text to the background, which answers with a matcher of the
 * bundled names plus the pack companies that text names (docs/packs-at-scale.md, "a dictionary per
 * page"). The whole text goes once per runtime; after that only text the page adds or changes (the
 * scanner's mutation watcher and shadow-root checks report where), in batches, never while the user
 * types, with the ids of the companies the frame's matcher holds already: the background answers
 * only when the new text names others, with a matcher of all of them.
 */
import type { SerializedMatcher } from '../shared/matcher/serialized-matcher.ts';
import {
  askBackground,
  type BackgroundRequest,
  type BackgroundResponses,
  MAX_PAGE_TEXT,
} from '../shared/messages.ts';
import { runLater } from './page-proof-timer.ts';
import { textUnder } from './page-text.ts';
import { isInsideSkipped } from './scan/element-kinds.ts';
import { startTypingGuard } from './scan/typing-guard.ts';

/** How long changes gather before they are sent together: a burst of DOM writes is one request. */
const BATCH_MS = 300;
/** The least time between two requests: a page that never stops changing (a ticker) sends one a second. */
const MIN_GAP_MS = 1000;
/**
 * How often in a row the same text is asked again when the answer was built from a runtime revision
 * other than the frame's (a rebuild while it was on its way: a note's level edited, records
 * changed); the frame reads the new runtime within moments, so a couple of tries is plenty.
 */
const MAX_RETRIES = 2;

type Ask = (
  request: Extract<BackgroundRequest, { type: 'find-companies' }>,
) => Promise<BackgroundResponses['find-companies']>;

export interface PageDictionaryOptions {
  doc: Document;
  /** Whether an answer built from the runtime of this revision is for us: else it is dropped. */
  accepts(revision: string): boolean;
  /**
   * A matcher of every name found so far. `roots`: where the text that brought the new ones is, to
   * rescan; null for the whole page (the first answer).
   */
  onMatcher(matcher: SerializedMatcher, roots: readonly Node[] | null): void;
  signal: AbortSignal;
  ask?: Ask;
}

export interface PageDictionary {
  /** The text under `root` may be new (added, changed, or a shadow root found): sent in the next batch. */
  textChanged(root: Node): void;
}

/** Whether an ancestor of `node` (within its tree, as `contains` sees it) is in `set`. */
function hasAncestorIn(node: Node, set: ReadonlySet<Node>): boolean {
  for (let up = node.parentNode; up; up = up.parentNode) if (set.has(up)) return true;
  return false;
}

/** Reads and sends the frame's whole text now, then what changes, until `signal` aborts. */
export function startPageDictionary({
  doc,
  accepts,
  onMatcher,
  signal,
  ask = (request) => askBackground(request),
}: PageDictionaryOptions): PageDictionary {
  const win = doc.defaultView as Window;
  const guard = startTypingGuard(doc, signal);
  const shadowRoots = new WeakSet<ShadowRoot>();
  // Lines sent already, so that a block re-rendered as it was is not sent again; forgotten past the
  // most one request may carry, to stay bounded on an endless page.
  let sent = new Set<string>();
  let sentChars = 0;
  /** The pack companies the frame's matcher holds. */
  let known: string[] = [];
  const dirty = new Set<Node>();
  let busy = false;
  let lastSentAt = Number.NEGATIVE_INFINITY;
  let cancelTimer: (() => void) | undefined;
  /** A request whose answer was dropped (another revision), to ask again as it was. */
  let retry: { text: string; roots: readonly Node[] | null } | undefined;
  let retries = 0;

  const newLines = (text: string) =>
    text.split('\n').filter((line) => {
      if (line.trim() === '' || sent.has(line)) return false;
      if (sentChars > MAX_PAGE_TEXT) {
        sent = new Set();
        sentChars = 0;
      }
      sent.add(line);
      sentChars += line.length;
      return true;
    });

  const send = (text: string, roots: readonly Node[] | null) => {
    busy = true;
    lastSentAt = performance.now();
    ask({ type: 'find-companies', text, known }).then(
      (answer) => {
        busy = false;
        if (signal.aborted || answer.revision === undefined) return;
        if (!accepts(answer.revision)) {
          // Its lines count as sent already: without this, the names in them would never be found.
          if (retries < MAX_RETRIES) {
            retries++;
            retry = { text, roots };
          }
          if (retry || dirty.size > 0) schedule(BATCH_MS);
          return;
        }
        retries = 0;
        if (answer.matcher) {
          known = answer.found;
          onMatcher(answer.matcher, roots);
        }
        if (dirty.size > 0) schedule(BATCH_MS);
      },
      () => {
        busy = false;
        if (dirty.size > 0) schedule(BATCH_MS);
      },
    );
  };

  const flush = () => {
    cancelTimer = undefined;
    if (signal.aborted || busy) return;
    const wait = guard.waitMs();
    if (wait > 0) return schedule(wait);
    if (retry) {
      const { text, roots } = retry;
      retry = undefined;
      return send(text, roots);
    }
    // The outermost of the changed roots still in the page and not the user's.
    const changed = new Set([...dirty].filter((root) => root.isConnected && !isInsideSkipped(root)));
    dirty.clear();
    const roots = [...changed].filter((root) => !hasAncestorIn(root, changed));
    const lines: string[] = [];
    let length = 0;
    for (const root of roots) {
      if (length >= MAX_PAGE_TEXT) break;
      for (const line of newLines(textUnder(root, shadowRoots, MAX_PAGE_TEXT - length))) {
        lines.push(line);
        length += line.length + 1;
      }
    }
    if (lines.length > 0) send(lines.join('\n').slice(0, MAX_PAGE_TEXT), roots);
  };

  const schedule = (ms: number) => {
    if (cancelTimer || signal.aborted) return;
    const gap = lastSentAt + MIN_GAP_MS - performance.now();
    cancelTimer = runLater(win, flush, Math.max(ms, gap), signal);
  };

  const text = newLines(textUnder(doc, shadowRoots)).join('\n');
  if (text !== '') send(text, null);

  return {
    textChanged(root) {
      if (signal.aborted) return;
      // A shadow root read already (with the page, or since) reports its changes through its blocks.
      if (root.nodeType === 11 && shadowRoots.has(root as ShadowRoot)) return;
      dirty.add(root);
      if (!busy) schedule(BATCH_MS);
    },
  };
}
