import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * True while the element has more content below its visible part, so the card can show that it
 * scrolls: at 200% zoom or in a short window only its top fits. Re-checked on scroll and whenever the
 * element or its content changes size (a fact opened, the full list shown, the card resized to fit).
 */
export function useScrollCue<T extends HTMLElement>(): [RefObject<T | null>, boolean] {
  const ref = useRef<T>(null);
  const [more, setMore] = useState(false);
  useEffect(() => {
    const el = ref.current;
    const win = el?.ownerDocument.defaultView;
    if (!el || !win) return;
    // One pixel of slack: zoomed layouts give fractional scroll heights.
    const check = () => setMore(el.scrollTop + el.clientHeight < el.scrollHeight - 1);
    const observer = new win.ResizeObserver(check);
    observer.observe(el);
    for (const child of el.children) observer.observe(child);
    el.addEventListener('scroll', check, { passive: true });
    check();
    return () => {
      observer.disconnect();
      el.removeEventListener('scroll', check);
    };
  });
  return [ref, more];
}
