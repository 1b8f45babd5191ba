/** The capture page, as the background opens it for a new capture and anyone for an edit. */
export const CAPTURE_PAGE = 'src/capture/index.html';

/** The capture page in its edit mode for the "My notes" fact `factId` (the pack's own id). */
export function noteEditorPath(factId: string): string {
  return `${CAPTURE_PAGE}?edit=${encodeURIComponent(factId)}`;
}
