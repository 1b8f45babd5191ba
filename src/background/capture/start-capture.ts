/**
 * Starts a capture: asks the frame for the user's selection (read only now, on the user's request),
 * keeps what it answered as a draft in session storage and opens the capture page on it. A refusal
 * (too long, a password field, a page we cannot read) opens the same page, which says why and
 * stores nothing.
 */
import { ext } from '../../shared/browser.ts';
import { localDay, type SelectionReading, storeCaptureDraft } from '../../shared/capture-draft.ts';
import { CAPTURE_PAGE } from '../../shared/capture-page-url.ts';
import { askFrameLens } from '../../shared/inject-lens.ts';

export async function startCapture(tabId: number, frameId: number): Promise<void> {
  // No lens can run on pages we cannot read (browser pages, stores, PDFs): say so.
  const reading: SelectionReading = await askFrameLens(tabId, frameId, { type: 'read-selection' }).catch(
    () => ({ ok: false, problem: 'unreadable' }) as const,
  );
  const id = await storeCaptureDraft({ reading, capturedOn: localDay(new Date()) });
  await ext.tabs.create({ url: ext.runtime.getURL(`${CAPTURE_PAGE}?draft=${id}`) });
}
