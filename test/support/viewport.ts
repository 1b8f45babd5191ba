/**
 * Sets a page's CSS viewport and device pixel ratio in both browsers: a 640x450 viewport at ratio 2 is
 * what a 1280x900 window shows at 200% zoom. puppeteer's `setViewport` also sends
 * `emulation.setScreenOrientationOverride`, which Firefox ESR 140's BiDi does not support (2026-12),
 * so Firefox gets the one BiDi command that does the job.
 * https://w3c.github.io/webdriver-bidi/#command-browsingContext-setViewport
 */
import type { Browser, Page } from 'puppeteer-core';

export interface Viewport {
  width: number;
  height: number;
  deviceScaleFactor?: number;
}

interface BidiConnection {
  send(method: string, params: object): Promise<unknown>;
}

export async function setViewport(page: Page, viewport: Viewport): Promise<void> {
  const browser = page.browser() as Browser & { protocol?: string; connection: BidiConnection };
  if (browser.protocol !== 'webDriverBiDi') {
    await page.setViewport({ ...viewport, deviceScaleFactor: viewport.deviceScaleFactor ?? 1 });
    return;
  }
  // puppeteer-core has no public way to send raw BiDi commands; `connection` and `_id` are its own.
  await browser.connection.send('browsingContext.setViewport', {
    context: (page.mainFrame() as unknown as { _id: string })._id,
    viewport: { width: viewport.width, height: viewport.height },
    devicePixelRatio: viewport.deviceScaleFactor ?? 1,
  });
}
