import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../../../test/unit-setup/fake-browser.ts';
import { pickSelectionFrame, selectionFrame } from './selection-frame.ts';

const frame = (frameId: number, chars: number, focused = false) => ({ frameId, chars, focused });

describe('pickSelectionFrame', () => {
  it('takes the focused frame with a selection, then the top frame, then the first that has one', () => {
    expect(pickSelectionFrame([frame(0, 12), frame(4, 30, true)])).toBe(4);
    expect(pickSelectionFrame([frame(0, 12), frame(4, 30)])).toBe(0);
    expect(pickSelectionFrame([frame(0, 0), frame(4, 30), frame(6, 9)])).toBe(4);
    // A focused frame with nothing selected does not win over one that has a selection.
    expect(pickSelectionFrame([frame(0, 0, true), frame(4, 30)])).toBe(4);
  });

  it('falls back to the top frame when no frame has a selection', () => {
    expect(pickSelectionFrame([frame(0, 0), frame(3, 0, true)])).toBe(0);
    expect(pickSelectionFrame([])).toBe(0);
  });
});

describe('selectionFrame', () => {
  afterEach(() => {
    Reflect.deleteProperty(fakeBrowser, 'scripting');
  });

  it('asks every frame of the tab for the length of its selection only', async () => {
    const executeScript = vi.fn(async () => [
      { frameId: 0, result: { chars: 0, focused: false } },
      { frameId: 7, result: { chars: 42, focused: true } },
      // A frame whose script failed answers nothing usable.
      { frameId: 8, result: undefined },
    ]);
    Object.assign(fakeBrowser, { scripting: { executeScript } });
    expect(await selectionFrame(5)).toBe(7);
    expect(executeScript).toHaveBeenCalledWith(
      expect.objectContaining({ target: { tabId: 5, allFrames: true }, injectImmediately: true }),
    );
  });

  it('answers the top frame where the tab cannot be scripted', async () => {
    Object.assign(fakeBrowser, {
      scripting: { executeScript: vi.fn(async () => Promise.reject(new Error('Cannot access'))) },
    });
    expect(await selectionFrame(5)).toBe(0);
  });
});
