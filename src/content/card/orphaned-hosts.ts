/**
 * The attribute that marks our card's host element, and the clean-up of hosts an earlier instance of
 * the extension left in the page (card-host.ts says when that happens). A module of its own so that
 * the gate, which runs in every frame, carries these few lines and nothing of the card.
 */
export const HOST_ATTRIBUTE = 'company-lens-card';

/** Removes hosts a content script of an earlier instance of the extension left in the page. */
export function removeOrphanedHosts(doc: Document): void {
  for (const host of doc.querySelectorAll(`[${HOST_ATTRIBUTE}]`)) host.remove();
}
