// Content-script entry, the gate: wiring only. The only script the manifest runs, in every frame of
// http(s) and file pages; it loads the lens where a company can be named (gate/start-gate.ts).
import { gate as bundledGate } from '../generated/matcher.json';
import { GATE_STORED_FLAG, GATE_USE_STORED_HOOK } from '../shared/lens-gate.ts';
import type { BackgroundNotice } from '../shared/messages.ts';
import { nativeExt } from '../shared/native-ext.ts';
import { removeOrphanedHosts } from './card/orphaned-hosts.ts';
import { startGate } from './gate/start-gate.ts';
import { sendUntilHeard } from './send-until-heard.ts';

// Run on a page that has already loaded, the gate was injected into an open tab (Firefox does so when
// the extension is installed or updated): a card host there is an earlier instance's (card-host.ts).
if (document.readyState === 'complete') removeOrphanedHosts(document);

const signal = new AbortController().signal;
const loadLens: BackgroundNotice = { type: 'load-lens' };
const world = globalThis as Record<string, unknown>;
const gate = startGate({
  win: window,
  bundledPrefilter: bundledGate,
  load: () => {
    const api = nativeExt();
    if (api) void sendUntilHeard(window, () => api.runtime.sendMessage(loadLens), signal);
  },
  signal,
});
const useStored = () => {
  const api = nativeExt();
  if (api) gate.useStored(api);
};
if (world[GATE_STORED_FLAG] === true) useStored();
world[GATE_USE_STORED_HOOK] = useStored;
