/**
 * Tells an orphaned content script that its extension is gone. When the extension is updated,
 * reloaded or disabled in Chrome, the old content script keeps running in the page with a dead
 * `runtime`; it must remove its marks and listeners itself, or the page keeps stale ones (and a
 * second copy starts beside them after an update). A long-lived port is the signal: it disconnects
 * when the extension context goes away.
 */
import { ext, isExtensionContextAlive } from '../shared/browser.ts';

const PORT_NAME = 'company-lens-content';

export function onContextInvalidated(cb: () => void, signal: AbortSignal): void {
  let port: ReturnType<typeof ext.runtime.connect> | undefined;
  const connect = () => {
    if (signal.aborted) return;
    if (!isExtensionContextAlive()) {
      cb();
      return;
    }
    try {
      port = ext.runtime.connect({ name: PORT_NAME });
    } catch {
      cb();
      return;
    }
    // A port also disconnects when Chrome stops an idle service worker: reconnect while the context
    // is still alive, give up only when it is not.
    port.onDisconnect.addListener(() => {
      port = undefined;
      if (!signal.aborted) setTimeout(connect, isExtensionContextAlive() ? 1000 : 0);
    });
  };
  connect();
  signal.addEventListener('abort', () => port?.disconnect(), { once: true });
}
