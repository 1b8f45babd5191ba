/**
 * The frame of a tab that holds the user's selection, for the keyboard command and the popup's
 * button, which (unlike the context menu's click) do not say where the user selected: a selection
 * made in an embedded article's frame is captured there. Only the length of each frame's selection
 * is read here, and only on the user's request; the frame chosen then reads it (read-selection.ts).
 * https://developer.chrome.com/docs/extensions/reference/api/scripting#method-executeScript
 */
import { ext } from '../../shared/browser.ts';

export interface FrameSelection {
  frameId: number;
  /** Characters selected, blanks at either end left out. */
  chars: number;
  /** Whether the frame's document has the focus (the page's, not the popup's). */
  focused: boolean;
}

/**
 * The focused frame if it has a selection; else the top frame if it has one; else the first frame
 * that has one. The top frame when none has: it then says the selection is empty.
 */
export function pickSelectionFrame(frames: readonly FrameSelection[]): number {
  const selected = frames.filter((f) => f.chars > 0);
  const chosen = selected.find((f) => f.focused) ?? selected.find((f) => f.frameId === 0) ?? selected[0];
  return chosen?.frameId ?? 0;
}

// Runs in each frame, in the extension's isolated world: it must not close over anything.
const measureSelection = () => ({
  chars: getSelection()?.toString().trim().length ?? 0,
  focused: document.hasFocus(),
});

export async function selectionFrame(tabId: number): Promise<number> {
  const results = await ext.scripting
    .executeScript({ target: { tabId, allFrames: true }, func: measureSelection, injectImmediately: true })
    // A tab we may not script (a browser page, a store) answers in its top frame's refusal.
    .catch(() => []);
  return pickSelectionFrame(
    results.flatMap(({ frameId, result }) => {
      const found = result as { chars?: unknown; focused?: unknown } | undefined;
      return typeof found?.chars === 'number'
        ? [{ frameId, chars: found.chars, focused: found.focused === true }]
        : [];
    }),
  );
}
