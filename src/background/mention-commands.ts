/**
 * The keyboard commands `next-mention` and `previous-mention`: the active tab's frames are asked in
 * turn (top frame first) until one has a mention to go to.
 */
import { ext, type Tabs } from '../shared/browser.ts';
import { sendToFrame } from '../shared/messages.ts';
import { readTabMentions } from '../shared/tab-mentions.ts';

const DIRECTIONS: Record<string, 1 | -1> = { 'next-mention': 1, 'previous-mention': -1 };

export function watchMentionCommands(signal: AbortSignal): void {
  const onCommand = (command: string, tab?: Tabs.Tab) => {
    const direction = DIRECTIONS[command];
    if (direction) stepInActiveTab(direction, tab?.id).catch(() => {});
  };
  ext.commands.onCommand.addListener(onCommand);
  signal.addEventListener('abort', () => ext.commands.onCommand.removeListener(onCommand), { once: true });
}

async function stepInActiveTab(direction: 1 | -1, knownTabId: number | undefined): Promise<void> {
  const tabId = knownTabId ?? (await ext.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return;
  const frames = Object.entries((await readTabMentions(tabId))?.frames ?? {})
    .filter(([, frame]) => Object.keys(frame.counts).length > 0)
    .map(([frameId]) => Number(frameId))
    .sort((a, b) => a - b);
  for (const frameId of frames) {
    const moved = await sendToFrame(tabId, frameId, { type: 'step-mention', direction }).catch(() => false);
    if (moved) return;
  }
}
