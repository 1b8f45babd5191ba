import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../../../test/unit-setup/fake-browser.ts';
import { readCaptureDraft } from '../../shared/capture-draft.ts';
import { watchCaptureRequests } from './watch-capture-requests.ts';

type Listener = (...args: never[]) => unknown;
const listeners: Record<string, Listener> = {};
const on = (name: string) => ({
  addListener: (l: Listener) => {
    listeners[name] = l;
  },
  removeListener: () => {
    delete listeners[name];
  },
});
const call = (name: string, ...args: unknown[]) => (listeners[name] as (...a: unknown[]) => unknown)(...args);

const sendMessage = vi.fn();
/** Each frame's selection, as `selection-frame.ts` asks the tab: by default only the top frame's. */
const executeScript = vi.fn();
const create = vi.fn(async () => ({}));
const menuCreate = vi.fn();
const READING = {
  ok: true,
  quote: 'Xiaomi was added to the list.',
  before: '',
  after: '',
  url: 'https://news.example/a',
  title: 'A story',
  siteName: null,
  publishedDate: null,
};

beforeAll(() => {
  Object.assign(fakeBrowser.runtime, { onInstalled: on('installed'), onMessage: on('message') });
  Object.assign(fakeBrowser, {
    contextMenus: { create: menuCreate, removeAll: async () => {}, onClicked: on('clicked') },
    commands: { onCommand: on('command') },
    tabs: { sendMessage, create, query: async () => [{ id: 9 }] },
    scripting: { executeScript },
  });
  watchCaptureRequests(new AbortController().signal);
});
beforeEach(() => {
  executeScript.mockReset();
  executeScript.mockResolvedValue([{ frameId: 0, result: { chars: 29, focused: true } }]);
  sendMessage.mockReset();
  create.mockClear();
});

/** The draft the capture page was opened on. */
async function openedDraft() {
  await vi.waitFor(() => expect(create).toHaveBeenCalledOnce());
  const url = (create.mock.calls[0] as unknown as [{ url: string }])[0].url;
  expect(url).toMatch(/^chrome-extension:\/\/fake\/src\/capture\/index\.html\?draft=/);
  return readCaptureDraft(new URL(url).searchParams.get('draft'));
}

describe('capture requests', () => {
  it('adds the selection menu item on install', async () => {
    call('installed');
    await vi.waitFor(() => expect(menuCreate).toHaveBeenCalled());
    expect(menuCreate).toHaveBeenCalledWith({
      id: 'capture-selection',
      title: 'Add to Company Lens…',
      contexts: ['selection'],
    });
  });

  it('reads the selection of the clicked frame only when the menu item is used', async () => {
    sendMessage.mockResolvedValue(READING);
    call('clicked', { menuItemId: 'capture-selection', frameId: 4 }, { id: 7 });
    const draft = await openedDraft();
    expect(sendMessage).toHaveBeenCalledWith(7, { type: 'read-selection' }, { frameId: 4 });
    expect(draft?.reading).toEqual(READING);
  });

  it('captures in the active tab’s top frame on the keyboard command', async () => {
    sendMessage.mockResolvedValue(READING);
    call('command', 'capture-selection');
    await openedDraft();
    expect(sendMessage).toHaveBeenCalledWith(9, { type: 'read-selection' }, { frameId: 0 });
  });

  it('captures in the frame that holds the selection on the command and from the popup', async () => {
    executeScript.mockResolvedValue([
      { frameId: 0, result: { chars: 0, focused: false } },
      { frameId: 3, result: { chars: 29, focused: true } },
    ]);
    sendMessage.mockResolvedValue(READING);
    call('command', 'capture-selection');
    await openedDraft();
    expect(sendMessage).toHaveBeenCalledWith(9, { type: 'read-selection' }, { frameId: 3 });
    create.mockClear();
    await call(
      'message',
      { type: 'start-capture', tabId: 5 },
      { id: 'fake-extension-id', url: 'chrome-extension://fake/src/popup/index.html' },
    );
    await openedDraft();
    expect(sendMessage).toHaveBeenLastCalledWith(5, { type: 'read-selection' }, { frameId: 3 });
  });

  it('opens a refusal, never a form, when no content script answers or the answer is malformed', async () => {
    sendMessage.mockRejectedValue(new Error('Could not establish connection'));
    call('command', 'capture-selection', { id: 3 });
    expect((await openedDraft())?.reading).toEqual({ ok: false, problem: 'unreadable' });
    create.mockClear();
    sendMessage.mockResolvedValue({ ok: true, quote: 42 });
    call('command', 'capture-selection', { id: 3 });
    expect((await openedDraft())?.reading).toEqual({ ok: false, problem: 'unreadable' });
  });

  it('takes the popup’s request from our own pages only', async () => {
    sendMessage.mockResolvedValue(READING);
    const request = { type: 'start-capture', tabId: 5 };
    expect(
      call('message', request, { id: 'fake-extension-id', url: 'https://evil.example/' }),
    ).toBeUndefined();
    await call('message', request, {
      id: 'fake-extension-id',
      url: 'chrome-extension://fake/src/popup/index.html',
    });
    await openedDraft();
    expect(sendMessage).toHaveBeenCalledWith(5, { type: 'read-selection' }, { frameId: 0 });
  });
});
