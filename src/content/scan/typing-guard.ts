/**
 * Tells the scanner to hold off while the user types: a key, input or composition event in the last
 * half second, or focus in an editable field with typing in the last few seconds. (Focus alone does
 * not count: many pages autofocus a search box, and we would then never scan them.)
 */
const QUIET_AFTER_KEY_MS = 500;
const QUIET_IN_EDITABLE_MS = 3000;

export interface TypingGuard {
  /** Milliseconds to wait before work may run; 0 when it may run now. */
  waitMs(): number;
}

function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function isEditableElement(element: Element | null): boolean {
  if (!element) return false;
  const tag = element.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || (element as HTMLElement).isContentEditable === true;
}

export function startTypingGuard(doc: Document, signal: AbortSignal): TypingGuard {
  let lastKeyAt = Number.NEGATIVE_INFINITY;
  const onKey = () => {
    lastKeyAt = performance.now();
  };
  for (const type of ['keydown', 'input', 'compositionstart', 'compositionupdate']) {
    doc.addEventListener(type, onKey, { capture: true, passive: true, signal });
  }
  return {
    waitMs() {
      const since = performance.now() - lastKeyAt;
      // No typing lately: nothing to ask the page (`isContentEditable` can force a style update).
      if (since >= QUIET_IN_EDITABLE_MS) return 0;
      const quiet = isEditableElement(deepActiveElement(doc)) ? QUIET_IN_EDITABLE_MS : QUIET_AFTER_KEY_MS;
      return since >= quiet ? 0 : Math.ceil(quiet - since);
    },
  };
}
