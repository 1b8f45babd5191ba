import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../../test/unit-setup/fake-browser.ts';
import { saveSettings } from '../shared/settings.ts';
import { readTabMentions } from '../shared/tab-mentions.ts';
import { forgetFrame, forgetTab, recordFrameReport, repaintAllBadges } from './tab-mentions-recorder.ts';

const setBadgeText = vi.fn(async (_details: { tabId: number; text: string }) => {});
beforeAll(() => {
  Object.assign(fakeBrowser, { action: { setBadgeText } });
});
beforeEach(() => {
  fakeBrowser.storage.session._setRaw({});
  fakeBrowser.storage.sync._setRaw({});
  setBadgeText.mockClear();
});

const report = (timeOrigin: number, counts: Record<string, number>) =>
  ({ type: 'frame-mentions', timeOrigin, active: true, counts }) as const;

describe('tab mentions recorder', () => {
  it('keeps every report when frames report at once, and paints the badge per tab', async () => {
    await Promise.all([
      recordFrameReport(7, 0, report(100, { huawei: 1 })),
      recordFrameReport(7, 3, report(110, { zte: 2 })),
      recordFrameReport(7, 4, report(120, { xiaomi: 1, huawei: 1 })),
    ]);
    expect(Object.keys((await readTabMentions(7))?.frames ?? {}).sort()).toEqual(['0', '3', '4']);
    expect(setBadgeText).toHaveBeenLastCalledWith({ tabId: 7, text: '3' });
  });

  it('forgets an unloaded frame and a closed tab', async () => {
    await recordFrameReport(7, 0, report(100, { huawei: 1 }));
    await recordFrameReport(7, 3, report(110, { zte: 2 }));
    await forgetFrame(7, 3, 200);
    expect(setBadgeText).toHaveBeenLastCalledWith({ tabId: 7, text: '1' });
    await forgetTab(7);
    expect(await readTabMentions(7)).toBeUndefined();
  });

  it('leaves the badge empty when it is turned off, and repaints every tab when it changes', async () => {
    await saveSettings({ showBadge: false });
    await recordFrameReport(7, 0, report(100, { huawei: 1 }));
    await recordFrameReport(9, 0, report(100, { zte: 1, xiaomi: 4 }));
    expect(setBadgeText).toHaveBeenLastCalledWith({ tabId: 9, text: '' });
    setBadgeText.mockClear();
    await repaintAllBadges(true);
    expect(setBadgeText.mock.calls.map(([d]) => d).sort((a, b) => a.tabId - b.tabId)).toEqual([
      { tabId: 7, text: '1' },
      { tabId: 9, text: '2' },
    ]);
  });
});
