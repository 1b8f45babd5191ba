/**
 * Everything the background does, registered synchronously on every start: Chrome's service worker
 * (and Firefox's event page) is woken by these listeners, so they must exist before the first await.
 */
import { ext } from '../shared/browser.ts';
import { injectIntoFrame } from '../shared/inject-lens.ts';
import { handleBackgroundNotices, handleBackgroundRequests } from '../shared/messages.ts';
import { persistSettingsMigrations, watchSettings } from '../shared/settings.ts';
import { setUpBadgeColours } from './badge.ts';
import { answerDeleteNote, answerRestoreNote, openNoteEditor } from './capture/note-requests.ts';
import { watchCaptureRequests } from './capture/watch-capture-requests.ts';
import { watchFramePorts } from './frame-ports.ts';
import { watchMentionCommands } from './mention-commands.ts';
import { openSourceReader } from './open-source-reader.ts';
import { answerFindCompanies } from './packs/answer-find-companies.ts';
import { answerGetCompanies } from './packs/answer-get-companies.ts';
import { watchLensGate } from './packs/watch-lens-gate.ts';
import { watchPacks } from './packs/watch-packs.ts';
import { forgetTab, recordFrameReport, repaintAllBadges } from './tab-mentions-recorder.ts';

export function startBackground(signal: AbortSignal): void {
  handleBackgroundNotices((notice, sender) => {
    if (notice.type === 'open-source') {
      openSourceReader(notice, sender).catch(() => {});
      return;
    }
    if (notice.type === 'edit-note') {
      openNoteEditor(notice, sender).catch(() => {});
      return;
    }
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    if (notice.type === 'load-lens' || notice.type === 'load-card') {
      injectIntoFrame(tabId, sender.frameId ?? 0, notice.type === 'load-lens' ? 'lens' : 'card').catch(
        // The frame may have gone, or be one we may not script (a restricted page it was moved to).
        () => {},
      );
      return;
    }
    if (notice.type === 'content-error') {
      // Where a developer looks (our-errors.ts): this console, not the page's.
      console.error(
        `Company Lens content script, tab ${tabId} frame ${sender.frameId ?? 0}:\n${notice.error}`,
      );
      return;
    }
    recordFrameReport(tabId, sender.frameId ?? 0, notice).catch(() => {});
  }, signal);
  handleBackgroundRequests(
    {
      'get-companies': answerGetCompanies,
      'find-companies': answerFindCompanies,
      'delete-note': answerDeleteNote,
      'restore-note': answerRestoreNote,
    },
    signal,
  );
  watchPacks(signal);
  watchLensGate(signal);
  watchFramePorts(signal);
  watchMentionCommands(signal);
  watchCaptureRequests(signal);

  let showBadge: boolean | undefined;
  watchSettings((settings) => {
    if (settings.showBadge === showBadge) return;
    showBadge = settings.showBadge;
    repaintAllBadges(settings.showBadge).catch(() => {});
  }, signal);

  const onRemoved = (tabId: number) => void forgetTab(tabId).catch(() => {});
  ext.tabs.onRemoved.addListener(onRemoved);
  signal.addEventListener('abort', () => ext.tabs.onRemoved.removeListener(onRemoved), { once: true });

  const onInstalled = () => void persistSettingsMigrations().catch(() => {});
  ext.runtime.onInstalled.addListener(onInstalled);
  signal.addEventListener('abort', () => ext.runtime.onInstalled.removeListener(onInstalled), { once: true });

  setUpBadgeColours();
}
