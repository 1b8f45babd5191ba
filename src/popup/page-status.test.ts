import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../shared/settings.ts';
import type { TabMentions } from '../shared/tab-mentions.ts';
import { describePageStatus } from './page-status.ts';

const ready = { kind: 'ready', hostname: 'news.example' } as const;
const reported: TabMentions = { frames: { '0': { timeOrigin: 1, active: true, counts: { zte: 2 } } } };

describe('describePageStatus', () => {
  it('waits for the page and the settings', () => {
    expect(describePageStatus({ kind: 'checking' }, DEFAULT_SETTINGS, reported)).toEqual({
      kind: 'checking',
    });
    expect(describePageStatus(ready, undefined, reported)).toEqual({ kind: 'checking' });
  });

  it('says when the page cannot be scanned, whatever else is known', () => {
    expect(describePageStatus({ kind: 'unavailable' }, DEFAULT_SETTINGS, undefined)).toEqual({
      kind: 'unavailable',
    });
  });

  it('says off globally before off on this site', () => {
    const settings = { ...DEFAULT_SETTINGS, enabled: false, disabledSites: ['news.example'] };
    expect(describePageStatus(ready, settings, reported)).toEqual({ kind: 'off-globally' });
    expect(describePageStatus(ready, { ...settings, enabled: true }, reported)).toEqual({
      kind: 'off-on-site',
      hostname: 'news.example',
    });
  });

  it('is scanning until the top frame reports as active', () => {
    expect(describePageStatus(ready, DEFAULT_SETTINGS, undefined)).toEqual({ kind: 'scanning' });
    const stale: TabMentions = { frames: { '0': { timeOrigin: 1, active: false, counts: {} } } };
    expect(describePageStatus(ready, DEFAULT_SETTINGS, stale)).toEqual({ kind: 'scanning' });
  });

  it('lists what the frames found', () => {
    expect(describePageStatus(ready, DEFAULT_SETTINGS, reported)).toEqual({
      kind: 'found',
      companies: [{ companyId: 'zte', count: 2, frameIds: [0] }],
    });
    const none: TabMentions = { frames: { '0': { timeOrigin: 1, active: true, counts: {} } } };
    expect(describePageStatus({ kind: 'ready', hostname: '' }, DEFAULT_SETTINGS, none)).toEqual({
      kind: 'found',
      companies: [],
    });
  });
});
