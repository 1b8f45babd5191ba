import { describe, expect, it } from 'vitest';
import base from '../manifest.json' with { type: 'json' };
import { GECKO_ID, manifestForBrowser } from './manifest-for-browser.ts';

describe('manifestForBrowser', () => {
  it('keeps the Chrome manifest as written, with a service worker', () => {
    const chrome = manifestForBrowser(base, 'chrome');
    expect(chrome).toEqual(base);
    expect(chrome.background).toEqual({ service_worker: 'src/background/index.ts', type: 'module' });
    expect(chrome.browser_specific_settings).toBeUndefined();
  });

  it('gives Firefox background scripts, a gecko id and a no-data-collection declaration', () => {
    const firefox = manifestForBrowser(base, 'firefox');
    expect(firefox.background).toEqual({ scripts: ['src/background/index.ts'], type: 'module' });
    expect(firefox.browser_specific_settings.gecko).toEqual({
      id: GECKO_ID,
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    });
    expect(firefox.browser_specific_settings.gecko_android).toEqual({ strict_min_version: '142.0' });
  });

  it('does not modify the base manifest', () => {
    const before = JSON.stringify(base);
    manifestForBrowser(base, 'firefox');
    expect(JSON.stringify(base)).toBe(before);
  });

  it('asks for no permission with an install warning of its own, and exposes no web-accessible resources', () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      const m = manifestForBrowser(base, browser);
      // `scripting` and `contextMenus` show no warning; the host permissions are exactly the hosts the
      // content script already runs on, whose warning ("read and change your data") they share.
      expect(m.permissions).toEqual(['storage', 'contextMenus', 'scripting']);
      expect(m.host_permissions).toEqual(m.content_scripts[0].matches);
      expect(m.content_scripts).toHaveLength(1);
      expect(m.web_accessible_resources).toBeUndefined();
    }
  });

  it('runs its content scripts in srcdoc, about:blank and blob: frames too, in both browsers', () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      for (const script of manifestForBrowser(base, browser).content_scripts) {
        expect(script).toMatchObject({ all_frames: true, match_origin_as_fallback: true });
      }
    }
  });
});
