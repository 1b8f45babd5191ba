/**
 * Tells which tracked items sit near the viewport (within a screen above or below), by one
 * IntersectionObserver on the elements around them. Without IntersectionObserver (jsdom), every
 * item counts as near.
 */
export interface NearViewport<T> {
  track(anchor: Element, item: T): void;
  untrack(item: T): void;
  /**
   * Elements just reported in view by another observer (visible-blocks.ts): anchors inside them
   * count as near at once rather than a rendering step later. The observer's first report on each
   * anchor, which every `observe()` brings, corrects a wrong guess; the hint lasts until the
   * observer next reports.
   */
  assumeNear(elements: readonly Element[]): void;
}

const MARGIN = '100% 0px';

export function startNearViewport<T>(
  win: Window & typeof globalThis,
  on: { show(item: T): void; hide(item: T): void },
  signal: AbortSignal,
): NearViewport<T> {
  const itemsOf = new Map<Element, Set<T>>();
  const anchorOf = new Map<T, Element>();
  const near = new Set<Element>();
  let assumed = new Set<Element>();
  const isAssumedNear = (anchor: Element) => {
    if (assumed.size === 0) return false;
    for (let e: Element | null = anchor; e; e = e.parentElement) if (assumed.has(e)) return true;
    return false;
  };

  const observer =
    typeof win.IntersectionObserver === 'function'
      ? new win.IntersectionObserver(
          (entries) => {
            assumed = new Set();
            for (const entry of entries) {
              const items = itemsOf.get(entry.target);
              // Most first reports are "not near" for something never shown: nothing to do.
              if (!items || entry.isIntersecting === near.has(entry.target)) continue;
              if (entry.isIntersecting) near.add(entry.target);
              else near.delete(entry.target);
              for (const item of items) (entry.isIntersecting ? on.show : on.hide)(item);
            }
          },
          { rootMargin: MARGIN },
        )
      : undefined;
  signal.addEventListener('abort', () => observer?.disconnect(), { once: true });

  return {
    track(anchor, item) {
      anchorOf.set(item, anchor);
      let items = itemsOf.get(anchor);
      if (!items) {
        items = new Set();
        itemsOf.set(anchor, items);
        // The observer reports the anchor's state right after observe(), near or not.
        observer?.observe(anchor);
        if (observer && isAssumedNear(anchor)) near.add(anchor);
      }
      items.add(item);
      if (!observer || near.has(anchor)) on.show(item);
    },
    assumeNear(elements) {
      if (observer) assumed = new Set(elements);
    },
    untrack(item) {
      const anchor = anchorOf.get(item);
      if (!anchor) return;
      anchorOf.delete(item);
      const items = itemsOf.get(anchor);
      items?.delete(item);
      if (items?.size === 0) {
        itemsOf.delete(anchor);
        near.delete(anchor);
        observer?.unobserve(anchor);
      }
    },
  };
}
