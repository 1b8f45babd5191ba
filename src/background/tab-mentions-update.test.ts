import { describe, expect, it } from 'vitest';
import type { FrameMentions, TabMentions } from '../shared/tab-mentions.ts';
import { withFrameReport, withoutFrame } from './tab-mentions-update.ts';

const frame = (timeOrigin: number, counts: Record<string, number> = {}, active = true): FrameMentions => ({
  timeOrigin,
  active,
  counts,
});

describe('withFrameReport', () => {
  it('adds and replaces a frame report', () => {
    let tab = withFrameReport(undefined, 0, frame(100, { huawei: 2 }));
    tab = withFrameReport(tab, 3, frame(120, { zte: 1 }));
    tab = withFrameReport(tab, 0, frame(100, { huawei: 3 }));
    expect(tab).toEqual({ frames: { '0': frame(100, { huawei: 3 }), '3': frame(120, { zte: 1 }) } });
  });

  it('drops frames of the previous page when the top frame reports a newer document', () => {
    const before: TabMentions = {
      frames: { '0': frame(100, { huawei: 2 }), '3': frame(110, { zte: 1 }), '5': frame(510, { xiaomi: 4 }) },
    };
    // Frame 5 belongs to the new page (it started after the new top document), frame 3 to the old one.
    expect(withFrameReport(before, 0, frame(500, {}))).toEqual({
      frames: { '0': frame(500, {}), '5': frame(510, { xiaomi: 4 }) },
    });
  });

  it('ignores a late report from a frame document that was already replaced', () => {
    const before: TabMentions = { frames: { '2': frame(300, { zte: 1 }) } };
    expect(withFrameReport(before, 2, frame(200, { huawei: 9 }))).toEqual(before);
  });
});

describe('withoutFrame', () => {
  it('forgets the frame whose document went away, and the tab when it was the last', () => {
    const before: TabMentions = { frames: { '0': frame(100), '4': frame(150, { zte: 1 }) } };
    expect(withoutFrame(before, 4, 160)).toEqual({ frames: { '0': frame(100) } });
    expect(withoutFrame({ frames: { '0': frame(100) } }, 0, 160)).toBeUndefined();
  });

  it('keeps a newer document that already reported in the same frame', () => {
    const before: TabMentions = { frames: { '0': frame(900, { huawei: 1 }) } };
    expect(withoutFrame(before, 0, 160)).toBe(before);
    expect(withoutFrame(undefined, 0, 160)).toBeUndefined();
  });
});
