/**
 * Paints mentions with the CSS Custom Highlight API: one `Highlight` per status level, registered
 * under our `company-lens-*` names. The page's DOM is never touched. Aborting the signal
 * unregisters every highlight, the open card's one included.
 *
 * Only mentions near the viewport are in the highlights (an IntersectionObserver on the element
 * around each one): Chromium revalidates every registered range in the frame after any change, so
 * with every mark of a 10 MB page registered each frame became a long task (docs/benchmark.md,
 * "Decisions behind the code"). The index keeps every mention; painting follows the reader.
 *
 * The registry is the page's as much as ours: a page with a find or spellcheck of its own may call
 * `CSS.highlights.clear()` and take our highlights with it. The registry fires no event
 * (https://drafts.csswg.org/css-highlight-api-1/#highlight-registry), and looking every frame would
 * cost every page; so each batch of changes checks that our names are still registered (a few `has`
 * calls) and puts the missing back, ranges and all, and the user's input that makes a page clear
 * (a click, a key, typing, the end of a scroll) asks for such a check.
 */
import { paintsHighlightDecorations } from '../../shared/browser.ts';
import type { StatusLevel } from '../../shared/dataset-types.ts';
import type { HighlightStyle } from '../../shared/settings.ts';
import { runLater } from '../page-proof-timer.ts';
import { ALL_HIGHLIGHT_NAMES, highlightNamesFor } from './highlight-styles.ts';
import { startNearViewport } from './near-viewport.ts';

export interface HighlightPainter {
  /** `anchor`: the element whose visibility stands for the range's, when the caller knows one. */
  add(level: StatusLevel, range: Range, anchor?: Element): void;
  remove(level: StatusLevel, range: Range): void;
  /** Blocks just seen in view: their mentions are painted without waiting to be seen near. */
  assumeNear(blocks: readonly Element[]): void;
}

/** Whether this engine can paint at all; without the API we still index mentions for the card. */
export function supportsHighlights(win: Window & typeof globalThis): boolean {
  return typeof win.CSS?.highlights?.set === 'function' && typeof Highlight === 'function';
}

/**
 * Changes are applied together, at most this often, so that the page renders a scan's many slices in
 * one frame. The first batch is applied at once: the reader is waiting for it (time to first marks,
 * docs/benchmark.md, "Targets").
 */
export const BATCH_MS = 50;

/** Input after which a page may have cleared the registry (docs/hostile-pages.md). */
const RECHECK_AFTER = ['click', 'keyup', 'input', 'scrollend'];

/** The element whose visibility stands for the range's. */
function anchorOf(range: Range): Element | null {
  const node = range.startContainer;
  const parent = node.parentElement;
  if (parent) return parent;
  const root = node.getRootNode() as ShadowRoot;
  return root.host ?? null;
}

/**
 * Unregisters every highlight name of ours. A new content script calls it first: Firefox destroys
 * an updated or reloaded extension's old content script without letting it clean up, so its
 * highlights may still be registered in the page.
 */
export function clearHighlights(win: Window & typeof globalThis): void {
  if (!supportsHighlights(win)) return;
  for (const name of ALL_HIGHLIGHT_NAMES) win.CSS.highlights.delete(name);
}

export function startHighlightPainter(
  win: Window & typeof globalThis,
  style: HighlightStyle,
  signal: AbortSignal,
): HighlightPainter {
  if (!supportsHighlights(win)) return { add() {}, remove() {}, assumeNear() {} };
  const registry = win.CSS.highlights;
  const byName = new Map<string, Highlight>();
  const decorations = paintsHighlightDecorations(win.navigator.userAgent);
  /** The Highlight objects a mention of `level` is painted in, registered on first use. */
  const highlightsFor = (level: StatusLevel): Highlight[] =>
    highlightNamesFor(level, style, decorations).map((name) => {
      let highlight = byName.get(name);
      if (!highlight) {
        highlight = new Highlight();
        byName.set(name, highlight);
        registry.set(name, highlight);
      }
      return highlight;
    });
  const levels = new Map<Range, StatusLevel>();
  const toAdd = new Set<Range>();
  const toRemove = new Map<Range, StatusLevel>();
  let cancel: (() => void) | undefined;
  let flushed = false;

  const flush = () => {
    cancel = undefined;
    flushed = true;
    for (const [name, highlight] of byName) if (!registry.has(name)) registry.set(name, highlight);
    for (const [range, level] of toRemove) for (const h of highlightsFor(level)) h.delete(range);
    for (const range of toAdd) for (const h of highlightsFor(levels.get(range) as StatusLevel)) h.add(range);
    toRemove.clear();
    toAdd.clear();
  };
  const schedule = () => {
    if (cancel === undefined && !signal.aborted)
      cancel = runLater(win, flush, flushed ? BATCH_MS : 0, signal);
  };
  const show = (range: Range) => {
    if (!levels.has(range)) return;
    toAdd.add(range);
    schedule();
  };
  const hide = (range: Range, level = levels.get(range)) => {
    toAdd.delete(range);
    if (level) toRemove.set(range, level);
    schedule();
  };
  const nearViewport = startNearViewport<Range>(win, { show, hide: (range) => hide(range) }, signal);
  for (const type of RECHECK_AFTER) {
    win.addEventListener(type, () => byName.size > 0 && schedule(), { capture: true, passive: true, signal });
  }

  signal.addEventListener(
    'abort',
    () => {
      for (const name of ALL_HIGHLIGHT_NAMES) registry.delete(name);
    },
    { once: true },
  );
  return {
    add: (level, range, known) => {
      const anchor = known ?? anchorOf(range);
      if (!anchor || signal.aborted) return;
      levels.set(range, level);
      nearViewport.track(anchor, range);
    },
    remove: (level, range) => {
      nearViewport.untrack(range);
      levels.delete(range);
      hide(range, level);
    },
    assumeNear: nearViewport.assumeNear,
  };
}
