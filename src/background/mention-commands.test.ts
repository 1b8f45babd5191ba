import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../../test/unit-setup/fake-browser.ts';
import { tabMentionsKey } from '../shared/tab-mentions.ts';
import { watchMentionCommands } from './mention-commands.ts';

type CommandListener = (command: string, tab?: { id?: number }) => void;
let onCommand: CommandListener | undefined;
const sendMessage = vi.fn();
const query = vi.fn(async () => [{ id: 5 }]);

beforeAll(() => {
  Object.assign(fakeBrowser, {
    commands: {
      onCommand: {
        addListener: (l: CommandListener) => {
          onCommand = l;
        },
        removeListener: () => {
          onCommand = undefined;
        },
      },
    },
    tabs: { sendMessage, query },
  });
  watchMentionCommands(new AbortController().signal);
});
beforeEach(() => {
  sendMessage.mockReset();
  fakeBrowser.storage.session._setRaw({
    [tabMentionsKey(5)]: {
      frames: {
        '0': { timeOrigin: 1, active: true, counts: {} },
        '8': { timeOrigin: 2, active: true, counts: { zte: 1 } },
        '3': { timeOrigin: 2, active: true, counts: { huawei: 2 } },
      },
    },
  });
});

const settle = () => vi.waitFor(() => expect(sendMessage).toHaveBeenCalled());

describe('mention commands', () => {
  it('steps forward in the first frame with mentions that can move', async () => {
    sendMessage.mockResolvedValue(true);
    onCommand?.('next-mention', { id: 5 });
    await settle();
    expect(sendMessage.mock.calls).toEqual([[5, { type: 'step-mention', direction: 1 }, { frameId: 3 }]]);
  });

  it('tries the next frame when one cannot move, and finds the tab without one given', async () => {
    sendMessage.mockResolvedValueOnce(false).mockResolvedValueOnce(true);
    onCommand?.('previous-mention');
    await vi.waitFor(() => expect(sendMessage).toHaveBeenCalledTimes(2));
    expect(sendMessage.mock.calls.map((c) => c[2])).toEqual([{ frameId: 3 }, { frameId: 8 }]);
    expect(sendMessage.mock.calls[0]?.[1]).toEqual({ type: 'step-mention', direction: -1 });
  });

  it('ignores other commands', async () => {
    onCommand?.('_execute_action', { id: 5 });
    await new Promise((r) => setTimeout(r, 10));
    expect(sendMessage).not.toHaveBeenCalled();
  });
});
