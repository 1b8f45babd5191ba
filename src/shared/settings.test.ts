import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../../test/unit-setup/fake-browser.ts';
import {
  contentScriptKey,
  DEFAULT_SETTINGS,
  isActiveOn,
  loadSettings,
  persistSettingsMigrations,
  resetSettings,
  type Settings,
  saveSettings,
  setSiteEnabled,
  watchSettings,
} from './settings.ts';

const sync = fakeBrowser.storage.sync;

beforeEach(() => sync._setRaw({}));

describe('loadSettings', () => {
  it('returns the defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('fills in defaults around stored values', async () => {
    sync._setRaw({ theme: 'dark', hoverDelayMs: 500 });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', hoverDelayMs: 500 });
  });

  it('replaces each corrupted value by its default and keeps the valid ones', async () => {
    sync._setRaw({
      enabled: 'yes',
      disabledSites: 'example.com',
      highlightStyle: 'blink',
      hoverDelayMs: Number.NaN,
      showBadge: false,
      theme: 42,
      somethingUnknown: { a: 1 },
    });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, showBadge: false });
  });

  it('clamps the hover delay and normalises the site list', async () => {
    sync._setRaw({ hoverDelayMs: 99_999, disabledSites: ['Example.COM.', 'example.com', 'not a host', 3] });
    // A list with a non-string entry fails as a whole: the default is safer than a guess.
    expect((await loadSettings()).disabledSites).toEqual([]);
    expect((await loadSettings()).hoverDelayMs).toBe(2000);
    sync._setRaw({ hoverDelayMs: -5, disabledSites: ['Example.COM.', 'example.com', 'not a host'] });
    const settings = await loadSettings();
    expect(settings.hoverDelayMs).toBe(0);
    expect(settings.disabledSites).toEqual(['example.com']);
  });

  it('never hands out the shared default objects', async () => {
    const a = await loadSettings();
    a.disabledSites.push('mutated.example');
    expect(DEFAULT_SETTINGS.disabledSites).toEqual([]);
    expect((await loadSettings()).disabledSites).toEqual([]);
  });
});

describe('saveSettings', () => {
  it('stores only values that differ from the defaults', async () => {
    await saveSettings({ theme: 'dark', enabled: true, showBadge: false });
    expect(await sync.get(null)).toEqual({ theme: 'dark', showBadge: false });
    await saveSettings({ theme: 'system' });
    expect(await sync.get(null)).toEqual({ showBadge: false });
  });

  it('rejects invalid values and unknown keys without writing anything', async () => {
    await expect(saveSettings({ theme: 'dark', highlightStyle: 'blink' as never })).rejects.toThrow(
      /highlightStyle/,
    );
    await expect(saveSettings({ colour: 'red' } as never)).rejects.toThrow(/Unknown setting "colour"/);
    expect(await sync.get(null)).toEqual({});
  });

  it('round-trips through loadSettings', async () => {
    const patch: Partial<Settings> = { enabled: false, highlightStyle: 'hover-only', hoverDelayMs: 750 };
    await saveSettings(patch);
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, ...patch });
  });

  it('resetSettings brings back every default', async () => {
    await saveSettings({ enabled: false, disabledSites: ['a.example'] });
    sync._setRaw({ ...(await sync.get(null)), unknownKey: { 'b.example': true } });
    await resetSettings();
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('contentScriptKey', () => {
  it('changes with the settings whose schema says they restart the content script, and only those', () => {
    const key = contentScriptKey(DEFAULT_SETTINGS);
    for (const patch of [{ highlightStyle: 'background' }, { hoverDelayMs: 500 }, { theme: 'dark' }] as const)
      expect(contentScriptKey({ ...DEFAULT_SETTINGS, ...patch }), JSON.stringify(patch)).not.toBe(key);
    expect(contentScriptKey({ ...DEFAULT_SETTINGS, showBadge: false })).toBe(key);
  });
});

describe('migrations', () => {
  it('persisting them leaves settings of the shipped shape as they are', async () => {
    sync._setRaw({ theme: 'light', disabledSites: ['old.example'] });
    await persistSettingsMigrations();
    expect(await sync.get(null)).toEqual({ theme: 'light', disabledSites: ['old.example'] });
  });
});

describe('watchSettings', () => {
  it('reports each change with the full settings until aborted', async () => {
    const controller = new AbortController();
    const seen: Settings[] = [];
    watchSettings((s) => seen.push(s), controller.signal);
    await saveSettings({ enabled: false });
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
    controller.abort();
    await saveSettings({ enabled: true });
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toHaveLength(1);
  });

  it('ignores other storage areas', async () => {
    const controller = new AbortController();
    const cb = vi.fn();
    watchSettings(cb, controller.signal);
    await fakeBrowser.storage.local.set({ enabled: false });
    await new Promise((r) => setTimeout(r, 10));
    expect(cb).not.toHaveBeenCalled();
    controller.abort();
  });
});

describe('isActiveOn and setSiteEnabled', () => {
  it('follows the global switch and the site list', () => {
    const s: Settings = { ...DEFAULT_SETTINGS, disabledSites: ['off.example'] };
    expect(isActiveOn(s, 'on.example')).toBe(true);
    expect(isActiveOn(s, 'OFF.example')).toBe(false);
    expect(isActiveOn(s, 'sub.off.example')).toBe(true);
    expect(isActiveOn(s, '')).toBe(true);
    expect(isActiveOn({ ...s, enabled: false }, 'on.example')).toBe(false);
    expect(isActiveOn({ ...s, enabled: false }, '')).toBe(false);
  });

  it('adds and removes one site, keeping the others', async () => {
    await saveSettings({ disabledSites: ['a.example'] });
    await setSiteEnabled('B.example', false);
    expect((await loadSettings()).disabledSites).toEqual(['a.example', 'b.example']);
    await setSiteEnabled('a.example', true);
    expect((await loadSettings()).disabledSites).toEqual(['b.example']);
    await expect(setSiteEnabled('', false)).rejects.toThrow(TypeError);
  });
});
