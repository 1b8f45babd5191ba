// Content-script entry, the gate: wiring only. The only script the manifest runs, in every frame of
// http(s) and file pages; it loads the lens where a company can be named (gate/start-gate.ts).
import { gate } from '../generated/matcher.json';
import type { BackgroundNotice } from '../shared/messages.ts';
import { nativeExt } from '../shared/native-ext.ts';
import { startGate } from './gate/start-gate.ts';

const api = nativeExt();
if (api) {
  const notice: BackgroundNotice = { type: 'load-lens' };
  startGate({
    win: window,
    api,
    bundledPrefilter: gate,
    load: () => void api.runtime.sendMessage(notice).catch(() => {}),
    signal: new AbortController().signal,
  });
}
