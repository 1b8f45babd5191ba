// Content-script entry, the gate: wiring only. The only script the manifest runs, in every frame of
// http(s) and file pages; it loads the lens where a company can be named (gate/start-gate.ts).
import { gate } from '../generated/matcher.json';
import type { BackgroundNotice } from '../shared/messages.ts';
import { nativeExt } from '../shared/native-ext.ts';
import { removeOrphanedHosts } from './card/card-host.ts';
import { startGate } from './gate/start-gate.ts';
import { sendUntilHeard } from './send-until-heard.ts';

// Run on a page that has already loaded, the gate was injected into an open tab (Firefox does so when
// the extension is installed or updated): a card host there is an earlier instance's (card-host.ts).
if (document.readyState === 'complete') removeOrphanedHosts(document);

const api = nativeExt();
if (api) {
  const signal = new AbortController().signal;
  const loadLens: BackgroundNotice = { type: 'load-lens' };
  startGate({
    win: window,
    api,
    bundledPrefilter: gate,
    load: () => sendUntilHeard(window, () => api.runtime.sendMessage(loadLens), signal),
    signal,
  });
}
