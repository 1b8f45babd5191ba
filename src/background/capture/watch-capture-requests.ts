/**
 * The three ways to start a capture: the selection's context menu, the `capture-selection` keyboard
 * command and the popup's button. The menu item is created on install (menus persist across a
 * service worker's restarts); its click says which frame holds the selection. For the command and
 * the popup, the frame is found by asking each (selection-frame.ts).
 * https://developer.chrome.com/docs/extensions/reference/api/contextMenus#method-create
 */
import { ext, type Menus, type Tabs } from '../../shared/browser.ts';
import { t } from '../../shared/i18n.ts';
import { handleExtensionPageRequests } from '../../shared/messages.ts';
import { selectionFrame } from './selection-frame.ts';
import { startCapture } from './start-capture.ts';

const MENU_ID = 'capture-selection';
export const CAPTURE_COMMAND = 'capture-selection';

export function watchCaptureRequests(signal: AbortSignal): void {
  const onInstalled = () => {
    ext.contextMenus
      .removeAll()
      .then(() =>
        ext.contextMenus.create({ id: MENU_ID, title: t('captureMenuItem'), contexts: ['selection'] }),
      );
  };
  ext.runtime.onInstalled.addListener(onInstalled);

  const onClicked = (info: Menus.OnClickData, tab?: Tabs.Tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    startCapture(tab.id, info.frameId ?? 0).catch(() => {});
  };
  ext.contextMenus.onClicked.addListener(onClicked);

  const onCommand = (command: string, tab?: Tabs.Tab) => {
    if (command !== CAPTURE_COMMAND) return;
    activeTabId(tab)
      .then((tabId) => (tabId === undefined ? undefined : captureWhereSelected(tabId)))
      .catch(() => {});
  };
  ext.commands.onCommand.addListener(onCommand);

  handleExtensionPageRequests(({ tabId }) => captureWhereSelected(tabId), signal);

  signal.addEventListener(
    'abort',
    () => {
      ext.runtime.onInstalled.removeListener(onInstalled);
      ext.contextMenus.onClicked.removeListener(onClicked);
      ext.commands.onCommand.removeListener(onCommand);
    },
    { once: true },
  );
}

async function captureWhereSelected(tabId: number): Promise<void> {
  await startCapture(tabId, await selectionFrame(tabId));
}

async function activeTabId(tab: Tabs.Tab | undefined): Promise<number | undefined> {
  return tab?.id ?? (await ext.tabs.query({ active: true, currentWindow: true }))[0]?.id;
}
