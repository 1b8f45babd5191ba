/**
 * Tells which tracked items sit near the viewport (within a screen above or below), by one
 * IntersectionObserver on the elements around them. Without IntersectionObserver (jsdom), every
 * item counts as near.
 */
export interface NearViewport<T> {
  track(anchor: Element, item: T): void;
  untrack(item: T): void;
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

  const observer =
    typeof win.IntersectionObserver === 'function'
      ? new win.IntersectionObserver(
          (entries) => {
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
      }
      items.add(item);
      if (!observer || near.has(anchor)) on.show(item);
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
