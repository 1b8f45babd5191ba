/**
 * Loads the lens (or its card) into one frame: from the background when a frame's gate or lens asks,
 * and from the popup or a capture, which need a frame's answer even where the gate found no name.
 * Each script starts once per frame however often it is injected (lens-script.ts, card-script.ts).
 * https://developer.chrome.com/docs/extensions/reference/api/scripting#method-executeScript
 */
import { ext } from './browser.ts';
import { INJECTED_SCRIPTS } from './lens-script-files.ts';
import { type FrameRequest, type FrameResponses, sendToFrame } from './messages.ts';

export function injectIntoFrame(tabId: number, frameId: number, script: 'lens' | 'card') {
  return ext.scripting
    .executeScript({
      target: { tabId, frameIds: [frameId] },
      files: [INJECTED_SCRIPTS[script].file],
      // At once, not at the frame's `document_idle`: the gate asks only when the page is parsed.
      injectImmediately: true,
    })
    .then(() => undefined);
}

/** How often, and how far apart, a frame is asked again after the lens was injected into it. */
const ATTEMPTS_AFTER_INJECTION = 20;
const ATTEMPT_GAP_MS = 25;

/**
 * Sends `request` to a frame's lens, loading the lens there first if none answers: the popup and a
 * capture need an answer also from a frame whose gate found no name. Rejects when the frame cannot be
 * scripted (a browser page, a store) or its lens does not answer.
 */
export async function askFrameLens<T extends FrameRequest['type']>(
  tabId: number,
  frameId: number,
  request: Extract<FrameRequest, { type: T }>,
): Promise<FrameResponses[T]> {
  try {
    return await sendToFrame(tabId, frameId, request);
  } catch {
    await injectIntoFrame(tabId, frameId, 'lens');
  }
  // The lens starts listening a task after its script ran (lens-script.ts).
  for (let attempt = 1; ; attempt++) {
    try {
      return await sendToFrame(tabId, frameId, request);
    } catch (error) {
      if (attempt >= ATTEMPTS_AFTER_INJECTION) throw error;
      await new Promise((resolve) => setTimeout(resolve, ATTEMPT_GAP_MS));
    }
  }
}
