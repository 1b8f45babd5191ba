/**
 * Tells when the page rewrote its document with `document.open()` (old ad and widget code does, even
 * after load). That erases every event listener of the document, of its nodes and of its window,
 * ours included (https://html.spec.whatwg.org/multipage/dynamic-markup-insertion.html#document-open-steps,
 * "erase all event listeners and handlers"), while observers and the window itself stay. What gives
 * it away is a new root element: one MutationObserver on the document's own children, which change
 * about never on an ordinary page.
 */
export function watchDocumentReopen(doc: Document, onReopen: () => void, signal: AbortSignal): void {
  let rootElement = doc.documentElement;
  const observer = new MutationObserver(() => {
    const now = doc.documentElement;
    if (!now || now === rootElement) return;
    rootElement = now;
    onReopen();
  });
  observer.observe(doc, { childList: true });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
