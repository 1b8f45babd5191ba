/**
 * Browser-test harness: `forEachBrowser` declares the same scenarios once per browser, each block
 * with its own browser (extension loaded) and a fixture server, so a test's name says where it ran:
 * "[chromium] hover card > shows the card".
 */
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../support/fixture-server.ts';
import {
  BROWSER_NAMES,
  type BrowserName,
  type LaunchedBrowser,
  launchWithExtension,
} from '../support/launch-browser.ts';

export interface BrowserSession {
  name: BrowserName;
  browser: Browser;
  extensionOrigin: string;
  server: FixtureServer;
  /** URL of a fixture; `crossOrigin` serves it from the second site (localhost instead of 127.0.0.1). */
  fixtureUrl(path: string, options?: { crossOrigin?: boolean }): string;
  /** Opens a fixture in a new tab and waits until the extension's content script had time to scan. */
  openFixture(path: string, options?: { crossOrigin?: boolean }): Promise<Page>;
  openPopup(query?: string): Promise<Page>;
  openOptions(): Promise<Page>;
  /** The source reader at `query` (`?article=ID&fact=ID`), once its content is there. */
  openReader(query: string): Promise<Page>;
}

export interface HarnessOptions {
  /** Extra generated routes for the fixture server (path -> HTML). */
  routes?: Record<string, () => string>;
}

export function forEachBrowser(
  title: string,
  declare: (getSession: () => BrowserSession) => void,
  options: HarnessOptions = {},
): void {
  for (const name of BROWSER_NAMES) {
    describe(`[${name}] ${title}`, () => {
      let launched: LaunchedBrowser | undefined;
      let session: BrowserSession | undefined;
      beforeAll(async () => {
        const server = await startFixtureServer(undefined, options.routes);
        try {
          launched = await launchWithExtension(name);
        } catch (error) {
          await server.close();
          throw error;
        }
        const current = launched;
        const fixtureUrl = (path: string, o: { crossOrigin?: boolean } = {}) =>
          `${o.crossOrigin ? server.altOrigin : server.origin}/${path.replace(/^\//, '')}`;
        session = {
          name,
          browser: current.browser,
          extensionOrigin: current.extensionOrigin,
          server,
          fixtureUrl,
          async openFixture(path, o) {
            const page = await current.browser.newPage();
            await page.goto(fixtureUrl(path, o), { waitUntil: 'load' });
            return page;
          },
          openPopup: (query = '') => current.openExtensionPage(`src/popup/index.html${query}`),
          openOptions: () => current.openExtensionPage('src/options/index.html'),
          openReader: (query) =>
            current.openExtensionPage(`src/reader/index.html${query}`, 'main.reader > *'),
        };
      });
      afterAll(async () => {
        await launched?.close();
        await session?.server.close();
      });
      declare(() => {
        if (!session) throw new Error(`${name} did not start; see the beforeAll error above.`);
        return session;
      });
    });
  }
}
