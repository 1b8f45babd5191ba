import {
  autoUpdate,
  computePosition,
  flip,
  hide,
  inline,
  offset,
  shift,
  size,
  type VirtualElement,
} from '@floating-ui/dom';

export interface FollowOptions {
  range: Range;
  /** The pointer position, to pick the right line of a mention that wraps; null from the keyboard. */
  point: { x: number; y: number } | null;
  floating: HTMLElement;
  moveTo(x: number, y: number): void;
  /** Room left in the viewport, for the card to scroll inside rather than overflow. */
  fit(maxWidth: number, maxHeight: number): void;
  /** The mention has left the view (scrolled away, clipped, or removed from the page). */
  onGone(): void;
}

const GAP = 6;
const EDGE = 8;

/**
 * Keeps the card beside its mention with Floating UI: a virtual reference made from the range's line
 * boxes (`inline()` picks the line under the pointer), flipped and shifted to stay in the viewport,
 * sized to the room there is, re-run on scroll, resize and layout changes. Returns the cleanup.
 */
export function followMention(opts: FollowOptions): () => void {
  const { range, point, floating } = opts;
  const start = range.startContainer;
  const reference: VirtualElement = {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    // Lets Floating UI find the mention's scrolling ancestors and clipping boxes.
    contextElement:
      start.nodeType === Node.ELEMENT_NODE ? (start as Element) : (start.parentElement ?? undefined),
  };
  let stopped = false;
  const update = async () => {
    if (range.getClientRects().length === 0) return opts.onGone();
    const { x, y, middlewareData } = await computePosition(reference, floating, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        inline(point ?? undefined),
        offset(GAP),
        flip({ padding: EDGE }),
        shift({ padding: EDGE }),
        size({
          padding: EDGE,
          apply: ({ availableWidth, availableHeight }) => opts.fit(availableWidth, availableHeight),
        }),
        hide({ strategy: 'referenceHidden' }),
      ],
    });
    if (stopped) return;
    if (middlewareData.hide?.referenceHidden) return opts.onGone();
    // Whole device pixels: text at a fractional offset renders blurred, and differently page to page.
    const dpr = floating.ownerDocument.defaultView?.devicePixelRatio || 1;
    opts.moveTo(Math.round(x * dpr) / dpr, Math.round(y * dpr) / dpr);
  };
  const cleanup = autoUpdate(reference, floating, () => void update());
  return () => {
    stopped = true;
    cleanup();
  };
}
