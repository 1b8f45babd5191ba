// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LENS_GATE_KEY } from '../../shared/lens-gate.ts';
import type { NativeExt } from '../../shared/native-ext.ts';
import { startGate } from './start-gate.ts';

type Listener = Parameters<NativeExt['storage']['onChanged']['addListener']>[0];

/** A `storage` holding `stored`, whose changes the test fires by hand. */
function fakeStorage(stored: Record<string, unknown> = {}) {
  const listeners = new Set<Listener>();
  const storage: NativeExt['storage'] = {
    local: { get: async (key) => (key in stored ? { [key]: stored[key] } : {}) },
    onChanged: {
      addListener: (listener) => void listeners.add(listener),
      removeListener: (listener) => void listeners.delete(listener),
    },
  };
  const change = (key: string, newValue: unknown) => {
    for (const listener of listeners) listener({ [key]: { newValue } }, 'local');
  };
  return { storage, change, listeners };
}

const BUNDLED = 'Huawei|Xiaomi';
let life: AbortController;
let load: ReturnType<typeof vi.fn<() => void>>;

beforeEach(() => {
  life = new AbortController();
  load = vi.fn<() => void>();
  document.body.innerHTML = '';
});
afterEach(() => life.abort());

/**
 * Starts the gate; with `storage`, told to use the stored gate at once (as gate-stored.ts makes it),
 * asking the background with `sendMessage`.
 */
const start = (
  storage?: NativeExt['storage'],
  sendMessage: NativeExt['runtime']['sendMessage'] = async () => undefined,
) => {
  const gate = startGate({
    win: window as Window & typeof globalThis,
    bundledPrefilter: BUNDLED,
    load,
    signal: life.signal,
  });
  if (storage) gate.useStored({ storage, runtime: { sendMessage } });
  return gate;
};

/** Lets the mutation observer's records and the storage read's promise be handled. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('startGate', () => {
  it('loads the lens at once when the page names a company', () => {
    document.body.innerHTML = '<p>Shares of Xiaomi rose.</p>';
    start();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('does nothing on a page that names none, and stops listening once it has loaded the lens', async () => {
    document.body.innerHTML = '<p>The weather was fine.</p>';
    const { storage, listeners } = fakeStorage();
    start(storage);
    await settle();
    expect(load).not.toHaveBeenCalled();
    expect(listeners.size).toBe(1);
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Huawei too.' }));
    await settle();
    expect(load).toHaveBeenCalledTimes(1);
    expect(listeners.size).toBe(0);
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Xiaomi again.' }));
    await settle();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tests text that changes later, and text joined when inline content goes', async () => {
    document.body.innerHTML = '<p id="a">Hua<b>x</b>wei</p><p id="b">nothing</p>';
    start();
    await settle();
    expect(load).not.toHaveBeenCalled();
    (document.getElementById('b')?.firstChild as Text).data = 'still nothing';
    await settle();
    expect(load).not.toHaveBeenCalled();
    document.querySelector('b')?.remove();
    await settle();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('leaves alone what the user types into an editable region', async () => {
    document.body.innerHTML = '<div contenteditable="true"><p>draft</p></div>';
    start();
    ((document.querySelector('p') as HTMLElement).firstChild as Text).data = 'draft about Huawei';
    document.querySelector('div')?.append('Xiaomi');
    await settle();
    expect(load).not.toHaveBeenCalled();
  });

  it('reads open shadow roots, those already there and those added later', async () => {
    document.body.innerHTML = '<div id="host"></div>';
    (document.getElementById('host') as HTMLElement).attachShadow({ mode: 'open' }).innerHTML =
      '<p>Xiaomi</p>';
    start();
    expect(load).toHaveBeenCalledTimes(1);

    load.mockClear();
    life.abort();
    life = new AbortController();
    document.body.innerHTML = '<p>plain</p>';
    start();
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>plain</p>';
    document.body.append(host);
    await settle();
    expect(load).not.toHaveBeenCalled();
    (shadow.querySelector('p')?.firstChild as Text).data = 'Huawei';
    await settle();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("uses the stored gate's expression once read, and again when it changes", async () => {
    document.body.innerHTML = '<p>Acme Widgets</p>';
    const { storage, change } = fakeStorage({ [LENS_GATE_KEY]: { prefilter: 'Nothing', capturedPages: [] } });
    start(storage);
    await settle();
    expect(load).not.toHaveBeenCalled();
    change(LENS_GATE_KEY, { prefilter: 'Acme|Huawei', capturedPages: [] });
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('asks the background where the names are too many for one expression, page and new text', async () => {
    vi.useFakeTimers();
    try {
      document.body.innerHTML = '<p>plain</p>';
      const { storage } = fakeStorage({ [LENS_GATE_KEY]: { prefilter: null, capturedPages: [] } });
      const asked: string[] = [];
      const sendMessage = vi.fn(async (message: unknown) => {
        const { text } = message as { text: string };
        asked.push(text);
        return { revision: 'r1', matcher: text.includes('Acme') ? {} : null, found: [] };
      });
      start(storage, sendMessage);
      await vi.advanceTimersByTimeAsync(400);
      expect(asked).toEqual(['plain']);
      expect(load).not.toHaveBeenCalled();

      // Text added later is asked about in its turn.
      document.body.append(Object.assign(document.createElement('p'), { textContent: 'Acme Widgets' }));
      await vi.advanceTimersByTimeAsync(400);
      expect(asked).toEqual(['plain', 'Acme Widgets']);
      expect(load).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('asks again when nothing answers, and keeps the text it asked about', async () => {
    vi.useFakeTimers();
    try {
      document.body.innerHTML = '<p>Acme Widgets</p>';
      const { storage } = fakeStorage({ [LENS_GATE_KEY]: { prefilter: null, capturedPages: [] } });
      const asked: string[] = [];
      const sendMessage = vi.fn(async (message: unknown) => {
        asked.push((message as { text: string }).text);
        // The background is not listening yet (Firefox at install, a waking service worker).
        if (asked.length === 1)
          throw new Error('Could not establish connection. Receiving end does not exist.');
        return { revision: 'r1', matcher: {}, found: [] };
      });
      start(storage, sendMessage);
      await vi.advanceTimersByTimeAsync(50);
      expect(asked).toEqual(['Acme Widgets']);
      expect(load).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(100);
      expect(asked).toEqual(['Acme Widgets', 'Acme Widgets']);
      expect(load).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('loads the lens at once for a bundled name, whatever the stored gate', async () => {
    document.body.innerHTML = '<p>Xiaomi</p>';
    start(fakeStorage({ [LENS_GATE_KEY]: { prefilter: null, capturedPages: [] } }).storage);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads the lens on a page the user captured quotes on, whatever it names', async () => {
    document.body.innerHTML = '<p>plain</p>';
    const here = window.location.href.split('#')[0] as string;
    start(fakeStorage({ [LENS_GATE_KEY]: { capturedPages: [here] } }).storage);
    await settle();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('ignores a stored gate of another shape, and keeps to the bundled names', async () => {
    document.body.innerHTML = '<p>plain</p>';
    start(fakeStorage({ [LENS_GATE_KEY]: { prefilter: 42, capturedPages: 'all' } }).storage);
    await settle();
    expect(load).not.toHaveBeenCalled();
  });

  it('reads the stored gate only when told to, then follows it', async () => {
    document.body.innerHTML = '<p>Acme Widgets</p>';
    const { storage, listeners } = fakeStorage({ [LENS_GATE_KEY]: { prefilter: 'Acme', capturedPages: [] } });
    const gate = start();
    await settle();
    expect(load).not.toHaveBeenCalled();
    expect(listeners.size).toBe(0);
    gate.useStored({ storage, runtime: { sendMessage: async () => undefined } });
    await settle();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('stops everything when its signal aborts', async () => {
    document.body.innerHTML = '<p>plain</p>';
    const { storage, listeners } = fakeStorage();
    start(storage);
    life.abort();
    document.body.append('Huawei');
    await settle();
    expect(load).not.toHaveBeenCalled();
    expect(listeners.size).toBe(0);
  });
});
