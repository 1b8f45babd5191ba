/**
 * Pure updates of a tab's stored mentions, kept apart from storage and badges so they are easy to test.
 */
import type { FrameMentions, TabMentions } from '../shared/tab-mentions.ts';

/**
 * Records a frame's report. A report from the top frame of a newer document means the tab navigated:
 * frames of the old page that did not unload cleanly are dropped then.
 */
export function withFrameReport(
  tab: TabMentions | undefined,
  frameId: number,
  report: FrameMentions,
): TabMentions {
  const frames: TabMentions['frames'] = {};
  for (const [id, frame] of Object.entries(tab?.frames ?? {})) {
    const stale = frameId === 0 && frame.timeOrigin < report.timeOrigin;
    if (!stale) frames[id] = frame;
  }
  const current = frames[String(frameId)];
  // A late report from a frame's previous document must not overwrite its new one.
  if (current && current.timeOrigin > report.timeOrigin) return { frames };
  frames[String(frameId)] = report;
  return { frames };
}

/**
 * Forgets a frame whose document went away. `connectedAt` is when that document's port connected, so a
 * newer document already reporting in the same frame is kept.
 */
export function withoutFrame(
  tab: TabMentions | undefined,
  frameId: number,
  connectedAt: number,
): TabMentions | undefined {
  if (!tab) return undefined;
  const frame = tab.frames[String(frameId)];
  if (!frame || frame.timeOrigin > connectedAt) return tab;
  const frames = { ...tab.frames };
  delete frames[String(frameId)];
  return Object.keys(frames).length ? { frames } : undefined;
}
