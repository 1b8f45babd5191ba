import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../../test/unit-setup/fake-browser.ts';
import type { Runtime } from './browser.ts';
import {
  handleBackgroundNotices,
  handleBackgroundRequests,
  handleFrameRequests,
  MAX_COMPANIES_PER_REQUEST,
  sendToFrame,
} from './messages.ts';

type Listener = (message: unknown, sender: Runtime.MessageSender) => unknown;
const listeners = new Set<Listener>();
const sendMessage = vi.fn();

beforeAll(() => {
  Object.assign(fakeBrowser.runtime, {
    onMessage: {
      addListener: (l: Listener) => listeners.add(l),
      removeListener: (l: Listener) => listeners.delete(l),
    },
  });
  Object.assign(fakeBrowser, { tabs: { sendMessage } });
});
afterEach(() => {
  listeners.clear();
  sendMessage.mockReset();
});

const ours: Runtime.MessageSender = {
  id: 'fake-extension-id',
  url: 'chrome-extension://fake/src/popup/index.html',
};
const dispatch = (message: unknown, sender: Runtime.MessageSender) =>
  [...listeners].map((l) => l(message, sender));

function startFrame() {
  const controller = new AbortController();
  const reveal = vi.fn(() => true);
  handleFrameRequests(
    {
      'get-page-state': () => ({ hostname: 'news.example', active: true }),
      'reveal-company': reveal,
      'step-mention': () => false,
      'read-selection': () => ({ ok: false, problem: 'empty' }),
    },
    controller.signal,
  );
  return { controller, reveal };
}

describe('handleFrameRequests', () => {
  it('answers valid requests from our extension pages', async () => {
    const { reveal } = startFrame();
    expect(await dispatch({ type: 'get-page-state' }, ours)[0]).toEqual({
      hostname: 'news.example',
      active: true,
    });
    expect(await dispatch({ type: 'reveal-company', companyId: 'zte' }, ours)[0]).toBe(true);
    expect(reveal).toHaveBeenCalledWith({ type: 'reveal-company', companyId: 'zte' });
  });

  it('ignores other extensions, content scripts, and malformed or unknown messages', () => {
    const { reveal } = startFrame();
    expect(dispatch({ type: 'reveal-company', companyId: 'zte' }, { id: 'someone-else' })).toEqual([
      undefined,
    ]);
    const contentScript = { id: ours.id, url: 'https://news.example/', tab: { id: 1 } as never };
    expect(dispatch({ type: 'reveal-company', companyId: 'zte' }, contentScript)).toEqual([undefined]);
    expect(dispatch({ type: 'reveal-company', companyId: 7 }, ours)).toEqual([undefined]);
    expect(dispatch({ type: 'step-mention', direction: 2 }, ours)).toEqual([undefined]);
    expect(dispatch({ type: 'format-disk' }, ours)).toEqual([undefined]);
    expect(dispatch('get-page-state', ours)).toEqual([undefined]);
    expect(reveal).not.toHaveBeenCalled();
  });

  it('stops listening when its signal aborts', () => {
    const { controller } = startFrame();
    controller.abort();
    expect(listeners.size).toBe(0);
  });
});

describe('handleBackgroundNotices', () => {
  it('passes on valid reports from our content scripts only', () => {
    const handle = vi.fn();
    handleBackgroundNotices(handle, new AbortController().signal);
    const notice = { type: 'frame-mentions', timeOrigin: 1, active: true, counts: { zte: 2 } };
    const fromTab = { id: ours.id, url: 'https://news.example/', tab: { id: 3 } as never, frameId: 0 };
    dispatch(notice, fromTab);
    dispatch(notice, { ...fromTab, id: 'someone-else' });
    dispatch(notice, ours); // an extension page, not a content script
    dispatch({ ...notice, counts: { zte: -1 } }, fromTab);
    dispatch({ ...notice, counts: { zte: 1.5 } }, fromTab);
    expect(handle).toHaveBeenCalledTimes(1);
    expect(handle).toHaveBeenCalledWith(notice, fromTab);
  });
});

describe('handleBackgroundRequests', () => {
  it('answers get-companies from our content scripts only, with a bounded list of ids', async () => {
    const answer = { revision: 'r1', companies: [], articles: [] };
    const getCompanies = vi.fn(async () => answer);
    handleBackgroundRequests(
      {
        'get-companies': getCompanies,
        'find-companies': async () => ({ revision: 'r1', matcher: null, found: [] }),
        'delete-note': async () => null,
        'restore-note': async () => ({ restored: false, why: 'gone' }) as const,
      },
      new AbortController().signal,
    );
    const fromTab = { id: ours.id, url: 'https://news.example/', tab: { id: 3 } as never, frameId: 0 };
    expect(await dispatch({ type: 'get-companies', ids: ['zte'] }, fromTab)[0]).toEqual(answer);
    expect(dispatch({ type: 'get-companies', ids: ['zte'] }, { ...fromTab, id: 'someone-else' })).toEqual([
      undefined,
    ]);
    const tooMany = Array.from({ length: MAX_COMPANIES_PER_REQUEST + 1 }, (_, i) => `c${i}`);
    expect(dispatch({ type: 'get-companies', ids: tooMany }, fromTab)).toEqual([undefined]);
    expect(dispatch({ type: 'get-companies', ids: [7] }, fromTab)).toEqual([undefined]);
    expect(getCompanies).toHaveBeenCalledTimes(1);
  });

  it('lets a content script delete, restore and edit facts of “My notes” only', async () => {
    const deleteNote = vi.fn(async () => ({ undo: '0b7c6f3e-4f7a-4c55-9a1e-2a0d3f1e5b6c' }));
    const restoreNote = vi.fn(async () => ({ restored: true }) as const);
    handleBackgroundRequests(
      {
        'get-companies': async () => ({ revision: 'r1', companies: [], articles: [] }),
        'find-companies': async () => ({ revision: 'r1', matcher: null, found: [] }),
        'delete-note': deleteNote,
        'restore-note': restoreNote,
      },
      new AbortController().signal,
    );
    const fromTab = { id: ours.id, url: 'https://news.example/', tab: { id: 3 } as never, frameId: 0 };
    const note = { type: 'delete-note', factId: 'my-notes/note-abc1' };
    expect(await dispatch(note, fromTab)[0]).toEqual({ undo: '0b7c6f3e-4f7a-4c55-9a1e-2a0d3f1e5b6c' });
    // A bundled fact, another pack's fact, a path trick: refused by the schema, never handled.
    for (const factId of ['xiaomi-2021-01', 'acme-pack/note-abc1', 'my-notes/../x', 'my-notes/a/b']) {
      expect(dispatch({ type: 'delete-note', factId }, fromTab)).toEqual([undefined]);
    }
    expect(dispatch(note, { ...fromTab, id: 'someone-else' })).toEqual([undefined]);
    expect(deleteNote).toHaveBeenCalledTimes(1);
    expect(dispatch({ type: 'restore-note', undo: 'not-an-undo' }, fromTab)).toEqual([undefined]);
    const undo = { type: 'restore-note', undo: '0b7c6f3e-4f7a-4c55-9a1e-2a0d3f1e5b6c' };
    expect(await dispatch(undo, fromTab)[0]).toEqual({ restored: true });

    const handle = vi.fn();
    handleBackgroundNotices(handle, new AbortController().signal);
    dispatch({ type: 'edit-note', factId: 'my-notes/note-abc1' }, fromTab);
    dispatch({ type: 'edit-note', factId: 'zte-2019-05' }, fromTab);
    expect(handle.mock.calls.map(([n]) => n)).toEqual([{ type: 'edit-note', factId: 'my-notes/note-abc1' }]);
  });
});

describe('sendToFrame', () => {
  it('returns the validated answer and rejects a malformed one', async () => {
    sendMessage.mockResolvedValueOnce({ hostname: 'a.example', active: false });
    expect(await sendToFrame(5, 0, { type: 'get-page-state' })).toEqual({
      hostname: 'a.example',
      active: false,
    });
    expect(sendMessage).toHaveBeenCalledWith(5, { type: 'get-page-state' }, { frameId: 0 });
    sendMessage.mockResolvedValueOnce(undefined);
    await expect(sendToFrame(5, 0, { type: 'get-page-state' })).rejects.toThrow();
  });
});
