/**
 * Tells an orphaned content script that its extension is gone. When the extension is updated,
 * reloaded or disabled in Chrome, the old content script keeps running in the page with a dead
 * `runtime`; it must remove its marks and listeners itself, or the page keeps stale ones (and a
 * second copy starts beside them after an update).
 *
 * A long-lived port is the quick signal: it disconnects when the extension context goes away. It
 * also disconnects when Chrome stops an idle service worker; reconnecting at once would wake the
 * worker every 30 s for every open tab, so the script then checks `runtime.id` locally (no message,
 * no wake-up) every few seconds and reconnects only when the tab is shown again. The background uses
 * the port's end to forget a frame's mentions.
 */
import { ext, isExtensionContextAlive } from '../shared/browser.ts';
import { runLater } from './page-proof-timer.ts';

const PORT_NAME = 'company-lens-content';
const LOCAL_CHECK_MS = 3000;
const SETTLE_MS = 300;

/**
 * Calls `cb` once when the extension context is gone. Its timers are `runLater`'s: a page clearing
 * timer ids must not keep an orphaned script alive.
 */
export function onContextInvalidated(win: Window, cb: () => void, signal: AbortSignal): void {
  let port: ReturnType<typeof ext.runtime.connect> | undefined;
  let gone = false;

  const invalidated = () => {
    if (gone || signal.aborted) return;
    gone = true;
    cb();
  };
  const connect = () => {
    if (port || gone || signal.aborted) return;
    if (!isExtensionContextAlive()) return invalidated();
    try {
      port = ext.runtime.connect({ name: PORT_NAME });
    } catch {
      return invalidated();
    }
    port.onDisconnect.addListener(() => {
      port = undefined;
      // Chrome may still report the id in the disconnect event of an uninstall: look again shortly.
      if (!isExtensionContextAlive()) invalidated();
      else runLater(win, () => isExtensionContextAlive() || invalidated(), SETTLE_MS, signal);
    });
  };
  const checkLocally = () => {
    if (!isExtensionContextAlive()) invalidated();
    else runLater(win, checkLocally, LOCAL_CHECK_MS, signal);
  };

  connect();
  runLater(win, checkLocally, LOCAL_CHECK_MS, signal);
  const doc = win.document;
  const onVisible = () => {
    if (doc.visibilityState === 'visible') connect();
  };
  doc.addEventListener('visibilitychange', onVisible, { signal });
  signal.addEventListener('abort', () => port?.disconnect(), { once: true });
}
