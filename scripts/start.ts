/**
 * `npm start`: the extension in a real browser on the demo page (the two source articles).
 *
 * With a display it opens Chromium/Chrome (or Firefox: `npm start -- --browser firefox`) for you to
 * use, and waits until you close it. Without one (a server, CI, these dev machines) it runs headless,
 * prints what the extension found and writes a screenshot with a card open, then exits.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { loadMatcher } from '../src/shared/matcher/load.ts';
import type { SerializedMatcher } from '../src/shared/matcher/serialized-matcher.ts';
import { startFixtureServer } from '../test/support/fixture-server.ts';
import { type BrowserName, launchWithExtension } from '../test/support/launch-browser.ts';
import { collectMarksByScrolling, type PaintedMark, waitForStableMarks } from '../test/support/page-marks.ts';
import { demoPageHtml } from './demo-page.ts';

function parseArgs(argv: string[]): { browser: BrowserName; headless: boolean } {
  const value = argv[argv.indexOf('--browser') + 1];
  const browser: BrowserName =
    argv.includes('--browser') && value?.startsWith('firefox') ? 'firefox' : 'chromium';
  const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  return { browser, headless: argv.includes('--headless') || noDisplay };
}

function countByCompany(marks: PaintedMark[]): Map<string, number> {
  const dataset = JSON.parse(readFileSync('src/generated/dataset.json', 'utf8')) as {
    companies: { id: string; name: string }[];
  };
  const matcher = loadMatcher(
    JSON.parse(readFileSync('src/generated/matcher.json', 'utf8')) as SerializedMatcher,
  );
  const names = new Map(dataset.companies.map((c) => [c.id, c.name]));
  const counts = new Map<string, number>();
  for (const mark of marks) {
    // Each painted range holds one name; the matcher says whose (aliases such as 小米 included).
    const id = matcher.findAll(mark.text)[0]?.companyId;
    const name = (id && names.get(id)) ?? `? ${mark.text}`;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return new Map([...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
}

async function openCardOnFirstMention(page: Page, marks: PaintedMark[]): Promise<boolean> {
  const target = marks.find((m) => /xiaomi/i.test(m.text)) ?? marks[0];
  if (!target) return false;
  // Marks collected by scrolling carry page coordinates.
  await page.evaluate((y) => window.scrollTo(0, Math.max(0, y - 200)), target.rect.y);
  const [mark] = (await waitForStableMarks(page, { quietMs: 200 })).filter((m) => m.text === target.text);
  const rect = mark?.rect ?? target.rect;
  await page.mouse.move(rect.x - 30, rect.y + rect.height / 2);
  await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2, { steps: 4 });
  await new Promise((r) => setTimeout(r, 800));
  return page.evaluate(() => Boolean(document.querySelector('[company-lens-card]')));
}

async function main() {
  const { browser: name, headless } = parseArgs(process.argv.slice(2));
  const server = await startFixtureServer(['test/fixtures'], { '/demo.html': () => demoPageHtml() });
  const url = `${server.origin}/demo.html`;
  const launched = await launchWithExtension(name, { headless });
  const page = await launched.browser.newPage();
  // The window's own size (1280x900, set at launch): no `setViewport`, which Firefox ESR 140's BiDi
  // does not support (emulation.setScreenOrientationOverride, 2026-12).
  await page.goto(url, { waitUntil: 'load' });

  if (!headless) {
    console.log(
      `Company Lens is running in ${name} on ${url}. Hover a marked company name; close the browser to stop.`,
    );
    await new Promise<void>((done) => launched.browser.on('disconnected', () => done()));
    await server.close();
    return;
  }

  await waitForStableMarks(page);
  const marks = await collectMarksByScrolling(page);
  const counts = countByCompany(marks);
  console.log(`\nCompany Lens in headless ${name} on ${url}`);
  console.log(`Found ${counts.size} companies, ${marks.length} mentions:`);
  for (const [company, count] of counts) console.log(`  ${company.padEnd(22)} ${String(count).padStart(3)}`);
  const cardOpen = await openCardOnFirstMention(page, marks);
  mkdirSync('artifacts', { recursive: true });
  const shot = `artifacts/demo-${name}.png`;
  await page.screenshot({ path: shot });
  console.log(`${cardOpen ? 'Card open in' : 'No card could be opened for'} the screenshot: ${shot}`);
  await launched.close();
  await server.close();
  if (marks.length === 0 || !cardOpen) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
