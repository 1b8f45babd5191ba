/**
 * The one place where the Chrome and Firefox manifests differ.
 *
 * `manifest.json` is written for Chrome; this function derives the Firefox variant. CRXJS does
 * not convert manifests itself, and a Chrome-style `background.service_worker` makes its Firefox
 * build fail, so the difference has to be stated here.
 *
 * What both read the same stays in `manifest.json`: e.g. `match_origin_as_fallback`, which runs the
 * content scripts in `about:blank`, `about:srcdoc` and `blob:` frames by their creator's origin
 * (Chrome in MV3 only; Firefox 128+, https://bugzilla.mozilla.org/show_bug.cgi?id=1411641; checked in
 * Chromium 150 and Firefox ESR 140 by `test/browser/hostile.test.ts`). Such a frame belongs to its
 * parent's site, and `site-hostname.ts` reads it from there.
 */
export type TargetBrowser = 'chrome' | 'firefox';

/** Fixed so that storage, the test harness's pinned moz-extension UUID and AMO all agree. */
export const GECKO_ID = 'company-lens@company-lens.dev';

/**
 * Firefox 140 (the ESR Debian ships, 2026-12) is the first desktop version that knows
 * `data_collection_permissions` and has the CSS Custom Highlight API the marks are painted with.
 * Firefox for Android knows the key from 142: a lower minimum there makes `web-ext lint` warn.
 */
const FIREFOX_MIN_VERSION = '140.0';
const FIREFOX_ANDROID_MIN_VERSION = '142.0';

// biome-ignore lint/suspicious/noExplicitAny: manifest JSON is open-ended; CRXJS types it loosely too.
type Manifest = Record<string, any>;

export function manifestForBrowser(base: Manifest, browser: TargetBrowser): Manifest {
  const manifest: Manifest = structuredClone(base);
  if (browser === 'chrome') return manifest;

  // Firefox MV3 runs background code as an event page, not a service worker.
  const { service_worker: worker, ...background } = manifest.background ?? {};
  manifest.background = { ...background, scripts: [worker] };

  manifest.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      strict_min_version: FIREFOX_MIN_VERSION,
      // Required for new add-ons since November 2025: we collect nothing at all.
      data_collection_permissions: { required: ['none'] },
    },
    gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
  };
  return manifest;
}
