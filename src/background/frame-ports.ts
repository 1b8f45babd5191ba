/**
 * Each content script holds a port open to the background (see `content/extension-context.ts`); it
 * disconnects when the frame's document goes away, which is our cue to forget that frame's mentions
 * without needing the `tabs` permission to watch navigations.
 */
import { ext, type Runtime } from '../shared/browser.ts';
import { forgetFrame } from './tab-mentions-recorder.ts';

const CONTENT_PORT_NAME = 'company-lens-content';

export function watchFramePorts(signal: AbortSignal): void {
  const onConnect = (port: Runtime.Port) => {
    const { sender } = port;
    if (port.name !== CONTENT_PORT_NAME || sender?.id !== ext.runtime.id) return;
    const tabId = sender.tab?.id;
    const frameId = sender.frameId ?? 0;
    if (tabId === undefined) return;
    const connectedAt = Date.now();
    port.onDisconnect.addListener(() => {
      forgetFrame(tabId, frameId, connectedAt).catch(() => {});
    });
  };
  ext.runtime.onConnect.addListener(onConnect);
  signal.addEventListener('abort', () => ext.runtime.onConnect.removeListener(onConnect), { once: true });
}
