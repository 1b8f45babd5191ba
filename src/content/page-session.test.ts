import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../../test/unit-setup/fake-browser.ts';
import type { Runtime } from '../shared/browser.ts';
import type { CardController } from './card/start-hover-card.ts';
import type { MentionIndex } from './mention-index.ts';
import { type ActiveLens, startPageSession } from './page-session.ts';

const navigator = { step: vi.fn(() => true), revealCompany: vi.fn(() => true) };
vi.mock('./mention-navigator.ts', () => ({ createMentionNavigator: () => navigator }));

type Listener = (message: unknown, sender: Runtime.MessageSender) => unknown;
const listeners = new Set<Listener>();
const sendMessage = vi.fn(async (_message: unknown) => undefined);
beforeAll(() => {
  Object.assign(fakeBrowser.runtime, {
    sendMessage,
    onMessage: {
      addListener: (l: Listener) => listeners.add(l),
      removeListener: (l: Listener) => listeners.delete(l),
    },
  });
});
afterEach(() => {
  listeners.clear();
  sendMessage.mockClear();
  vi.useRealTimers();
});

const fromPopup: Runtime.MessageSender = {
  id: 'fake-extension-id',
  url: 'chrome-extension://fake/src/popup/index.html',
};
const ask = (message: unknown) => [...listeners][0]?.(message, fromPopup);

function fakeLens(counts: Map<string, number>) {
  const changeListeners = new Set<() => void>();
  const index = {
    countsByCompany: () => new Map(counts),
    onChange: (l: () => void, signal: AbortSignal) => {
      changeListeners.add(l);
      signal.addEventListener('abort', () => changeListeners.delete(l));
    },
  } as unknown as MentionIndex;
  const lens: ActiveLens = { index, card: {} as CardController };
  const fire = () => {
    for (const listener of [...changeListeners]) listener();
  };
  return { lens, counts, fire, changeListeners };
}

function start(isTopFrame = true) {
  vi.useFakeTimers();
  let active: ActiveLens | undefined;
  const controller = new AbortController();
  const session = startPageSession({
    win: globalThis as unknown as Window,
    hostname: 'news.example',
    getActive: () => active,
    signal: controller.signal,
    isTopFrame,
    reportDelayMs: 100,
  });
  const setActive = (lens: ActiveLens | undefined) => {
    active = lens;
    session.activeChanged();
  };
  return { controller, setActive };
}

const lastReport = () =>
  sendMessage.mock.calls.at(-1)?.[0] as { active: boolean; counts: object } | undefined;

describe('startPageSession', () => {
  it('answers the popup with the hostname and whether the lens is on', async () => {
    const { setActive } = start();
    expect(await ask({ type: 'get-page-state' })).toEqual({ hostname: 'news.example', active: false });
    setActive(fakeLens(new Map()).lens);
    expect(await ask({ type: 'get-page-state' })).toEqual({ hostname: 'news.example', active: true });
  });

  it('reports counts after activation and after changes, coalesced', () => {
    const { setActive } = start();
    const lens = fakeLens(new Map([['zte', 2]]));
    setActive(lens.lens);
    vi.advanceTimersByTime(100);
    expect(sendMessage).toHaveBeenCalledTimes(1);
    expect(lastReport()).toMatchObject({ type: 'frame-mentions', active: true, counts: { zte: 2 } });
    lens.counts.set('huawei', 1);
    lens.fire();
    lens.fire();
    lens.fire();
    vi.advanceTimersByTime(99);
    expect(sendMessage).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(sendMessage).toHaveBeenCalledTimes(2);
    expect(lastReport()?.counts).toEqual({ zte: 2, huawei: 1 });
  });

  it('waits for the scan to settle before reporting, but not forever', () => {
    const { setActive } = start();
    const lens = fakeLens(new Map([['zte', 2]]));
    let scanning = true;
    setActive({ ...lens.lens, isScanning: () => scanning });
    vi.advanceTimersByTime(300);
    expect(sendMessage).not.toHaveBeenCalled();
    scanning = false;
    vi.advanceTimersByTime(100);
    expect(sendMessage).toHaveBeenCalledTimes(1);
    scanning = true;
    lens.fire();
    vi.advanceTimersByTime(100 * 11);
    expect(sendMessage).toHaveBeenCalledTimes(2);
  });

  it('reports "off" at once when switched off, and stops following the old index', () => {
    const { setActive } = start();
    const lens = fakeLens(new Map([['zte', 2]]));
    setActive(lens.lens);
    vi.advanceTimersByTime(100);
    setActive(undefined);
    vi.advanceTimersByTime(0);
    expect(lastReport()).toMatchObject({ active: false, counts: {} });
    expect(lens.changeListeners.size).toBe(0);
  });

  it('keeps a subframe silent until it has mentions', () => {
    const { setActive } = start(false);
    const lens = fakeLens(new Map());
    setActive(lens.lens);
    vi.advanceTimersByTime(500);
    expect(sendMessage).not.toHaveBeenCalled();
    lens.counts.set('zte', 1);
    lens.fire();
    vi.advanceTimersByTime(100);
    expect(lastReport()?.counts).toEqual({ zte: 1 });
    // Once it has reported, it also reports going back to none, so the badge does not keep a stale count.
    lens.counts.clear();
    lens.fire();
    vi.advanceTimersByTime(100);
    expect(lastReport()?.counts).toEqual({});
  });

  it('reveals and steps through the navigator only while active', async () => {
    const { setActive } = start();
    expect(await ask({ type: 'reveal-company', companyId: 'zte' })).toBe(false);
    setActive(fakeLens(new Map([['zte', 1]])).lens);
    expect(await ask({ type: 'reveal-company', companyId: 'zte' })).toBe(true);
    expect(navigator.revealCompany).toHaveBeenCalledWith('zte');
    expect(await ask({ type: 'step-mention', direction: -1 })).toBe(true);
    expect(navigator.step).toHaveBeenCalledWith(-1);
  });

  it('stops answering and reporting when its signal aborts', () => {
    const { controller, setActive } = start();
    const lens = fakeLens(new Map([['zte', 2]]));
    setActive(lens.lens);
    controller.abort();
    vi.advanceTimersByTime(1000);
    expect(sendMessage).not.toHaveBeenCalled();
    expect(listeners.size).toBe(0);
    expect(lens.changeListeners.size).toBe(0);
  });
});
