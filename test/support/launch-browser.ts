/**
 * Launches Debian's Chromium or Firefox ESR with the built extension loaded, through puppeteer-core
 * (Chromium over CDP, Firefox over WebDriver BiDi), so one harness drives both. Shared by the
 * browser tests, `npm start` and `npm run bench`.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../scripts/manifest-for-browser.ts';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSER_NAMES: readonly BrowserName[] = ['chromium', 'firefox'];

/**
 * Headless-safe flags for Debian's Chromium as root, kept off the network: without the
 * background-networking flags Chromium's own connections are refused by this closed network.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--window-size=1280,900',
];

/** Pinned so the test knows the moz-extension:// origin before the add-on is installed. */
const FIREFOX_EXTENSION_UUID = '6f1f5f3e-3c1b-4c8e-9d0a-c0a1e2b3c4d5';

const INSTALL_HINT: Record<BrowserName, string> = {
  chromium: 'install it with `sudo apt-get install chromium` or set CHROME_PATH to a Chromium/Chrome binary',
  firefox: 'install it with `sudo apt-get install firefox-esr` or set FIREFOX_PATH to a Firefox binary',
};

export function browserExecutable(name: BrowserName): string {
  const candidates =
    name === 'chromium'
      ? [
          process.env.CHROME_PATH,
          '/usr/bin/chromium',
          '/usr/bin/chromium-browser',
          '/usr/bin/google-chrome',
          '/Applications/Chromium.app/Contents/MacOS/Chromium',
          '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
          'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
        ]
      : [
          process.env.FIREFOX_PATH,
          '/usr/bin/firefox-esr',
          '/usr/bin/firefox',
          '/Applications/Firefox.app/Contents/MacOS/firefox',
          'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
        ];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) throw new Error(`${name} was not found: ${INSTALL_HINT[name]}.`);
  return found;
}

const pageErrors = new WeakMap<Page, string[]>();

/** Uncaught errors of an extension page opened with `openExtensionPage`, from before it loaded. */
export function pageErrorsOf(page: Page): readonly string[] {
  return pageErrors.get(page) ?? [];
}

export interface LaunchedBrowser {
  name: BrowserName;
  browser: Browser;
  /** `chrome-extension://ID` or `moz-extension://UUID`, no trailing slash. */
  extensionOrigin: string;
  /** Opens an extension page (path relative to the extension root) in a new tab and waits for `readySelector`. */
  openExtensionPage(path: string, readySelector?: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchWithExtension(
  name: BrowserName,
  options: { headless?: boolean; distDir?: string } = {},
): Promise<LaunchedBrowser> {
  const headless = options.headless ?? true;
  const distDir = resolve(options.distDir ?? (name === 'chromium' ? 'dist/chrome' : 'dist/firefox'));
  if (!existsSync(join(distDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${distDir}: run \`npm run build\` first.`);
  }
  const executablePath = browserExecutable(name);
  const profile = mkdtempSync(join(tmpdir(), `company-lens-${name}-`));
  let browser: Browser;
  let extensionOrigin: string;

  if (name === 'chromium') {
    browser = await puppeteer.launch({
      executablePath,
      headless,
      userDataDir: profile,
      // Loads the unpacked extension through CDP (Extensions.loadUnpacked): this also works in branded
      // Google Chrome 137+, which ignores --load-extension.
      enableExtensions: [distDir],
      pipe: true,
      args: [...CHROMIUM_ARGS],
      defaultViewport: null,
    });
    const worker = await browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
      { timeout: 20_000 },
    );
    extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
  } else {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless,
      userDataDir: profile,
      args: ['--remote-allow-system-access', '--width=1280', '--height=900'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
        // Keep the browser off the network: no update checks, no telemetry pings from the test profile.
        'app.update.enabled': false,
        'extensions.update.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
      },
      defaultViewport: null,
    });
    await browser.installExtension(distDir);
    extensionOrigin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
  }

  async function openExtensionPage(path: string, readySelector = 'body *'): Promise<Page> {
    const page = await browser.newPage();
    const errors: string[] = [];
    pageErrors.set(page, errors);
    page.on('pageerror', (error) => errors.push(String(error)));
    const url = `${extensionOrigin}/${path.replace(/^\//, '')}`;
    if (name === 'firefox') {
      // Firefox quirk (2026-11, Firefox ESR 153 over BiDi): goto() to a moz-extension:// URL never
      // resolves, so navigate without awaiting and wait for the content instead.
      page.goto(url).catch(() => {});
    } else {
      await page.goto(url);
    }
    // Poll rather than waitForSelector: in Firefox the wait can die with a BiDi "script.evaluate"
    // error while the extension page is still committing its navigation.
    const deadline = Date.now() + 15_000;
    for (;;) {
      const ready = await page.$(readySelector).then(Boolean, () => false);
      if (ready) return page;
      if (Date.now() > deadline) throw new Error(`${url} did not show ${readySelector} within 15 s`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  return {
    name,
    browser,
    extensionOrigin,
    openExtensionPage,
    async close() {
      await browser.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
