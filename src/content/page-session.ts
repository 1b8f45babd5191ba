/**
 * A frame's side of the conversation with the popup and the background. It lives as long as the content
 * script, whether or not the lens is active, so the popup can tell "off on this site" from "cannot scan
 * this page". It reports this frame's mention counts to the background (for the badge and the popup's
 * list) whenever they change, coalesced, and answers requests to reveal or step through mentions.
 */
import { handleFrameRequests, notifyBackground } from '../shared/messages.ts';
import { readSelection } from './capture/read-selection.ts';
import type { CardController } from './card/start-hover-card.ts';
import type { MentionIndex } from './mention-index.ts';
import { createMentionNavigator } from './mention-navigator.ts';
import { runLater } from './page-proof-timer.ts';

export interface ActiveLens {
  index: MentionIndex;
  card: CardController;
  /** Whether the scanner still has work queued: counts read then may be mid-rescan. */
  isScanning?: () => boolean;
}

/** At most this many report delays in a row while the scanner is busy (about a second). */
const MAX_POSTPONED_REPORTS = 10;

export interface PageSessionOptions {
  win: Window;
  hostname: string;
  /** The running activation, or undefined while the lens is off for this page. */
  getActive: () => ActiveLens | undefined;
  signal: AbortSignal;
  /** Whether this is the top frame, which always reports (so the popup can tell "scanning" from "none"). */
  isTopFrame?: boolean;
  /** Quiet time before a change in counts is reported; marks change in bursts while a page loads. */
  reportDelayMs?: number;
}

export interface PageSession {
  /** Call after the lens turned on or off (or restarted with new settings). */
  activeChanged(): void;
}

export function startPageSession({
  win,
  hostname,
  getActive,
  signal,
  isTopFrame = win === win.top,
  reportDelayMs = 100,
}: PageSessionOptions): PageSession {
  let navigator: ReturnType<typeof createMentionNavigator> | undefined;
  let subscription: AbortController | undefined;
  /** Cancels the scheduled report; a postTask, since the page can clear our setTimeout ids. */
  let cancelReport: (() => void) | undefined;
  let reportedAny = false;

  let postponed = 0;
  const report = () => {
    cancelReport = undefined;
    if (signal.aborted) return;
    const active = getActive();
    // A page that re-renders all the time would otherwise often be reported between removing its
    // old content and our rescan of the new one (as zero). Wait for the scan to settle, within limits.
    if (active?.isScanning?.() && postponed < MAX_POSTPONED_REPORTS) {
      postponed++;
      cancelReport = runLater(win, report, reportDelayMs, signal);
      return;
    }
    postponed = 0;
    const counts = Object.fromEntries(active?.index.countsByCompany() ?? []);
    const hasMentions = Object.keys(counts).length > 0;
    // Subframes without mentions stay silent: ad and widget frames would otherwise flood the background.
    if (!isTopFrame && !hasMentions && !reportedAny) return;
    reportedAny ||= hasMentions;
    notifyBackground({
      type: 'frame-mentions',
      timeOrigin: performance.timeOrigin,
      active: active !== undefined,
      counts,
    }).catch(() => {
      // The background may be restarting, or the extension context is gone; the next change reports again.
    });
  };
  const scheduleReport = (delay = reportDelayMs) => {
    cancelReport ??= runLater(win, report, delay, signal);
  };

  handleFrameRequests(
    {
      'get-page-state': () => ({ hostname, active: getActive() !== undefined }),
      'reveal-company': ({ companyId }) => navigator?.revealCompany(companyId) ?? false,
      'step-mention': ({ direction }) => navigator?.step(direction) ?? false,
      'read-selection': () => readSelection(win),
    },
    signal,
  );

  signal.addEventListener(
    'abort',
    () => {
      subscription?.abort();
      cancelReport?.();
    },
    { once: true },
  );

  return {
    activeChanged() {
      if (signal.aborted) return;
      subscription?.abort();
      subscription = new AbortController();
      const active = getActive();
      navigator = active ? createMentionNavigator(active.index, active.card) : undefined;
      active?.index.onChange(() => scheduleReport(), subscription.signal);
      // Switching off must clear the badge at once, not after the quiet time.
      cancelReport?.();
      cancelReport = undefined;
      scheduleReport(active ? reportDelayMs : 0);
    },
  };
}
