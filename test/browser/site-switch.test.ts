/**
 * The per-site switch covers the whole page: a site switched off stays unmarked in its embeds too,
 * even where an iframe comes from another site.
 */
import type { Frame } from 'puppeteer-core';
import { expect, it } from 'vitest';
import {
  newReportingTabId,
  replaceStoredSettings,
  reportingTabIds,
  topFrameReport,
  waitUntil,
} from '../support/extension-state.ts';
import { forEachBrowser } from './harness.ts';

function marksIn(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const texts: string[] = [];
    CSS.highlights.forEach((highlight, name) => {
      // Tints hold the same ranges as their status highlights (see page-marks.ts): skip them.
      if (name.startsWith('company-lens-') && !name.startsWith('company-lens-fill-'))
        highlight.forEach((range) => void texts.push(String(range)));
    });
    return texts;
  });
}

async function allFrameMarks(frames: Frame[], expected: number): Promise<string[][]> {
  const deadline = Date.now() + 10_000;
  let marks = await Promise.all(frames.map(marksIn));
  while (marks.some((m) => m.length !== expected) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 150));
    marks = await Promise.all(frames.map(marksIn));
  }
  return marks;
}

forEachBrowser('per-site switch', (session) => {
  it('switching a site off also leaves its cross-origin iframes unmarked, and on again marks them', async () => {
    const s = session();
    const options = await s.openOptions();
    await replaceStoredSettings(options, { disabledSites: ['127.0.0.1'] });
    const known = await reportingTabIds(options);
    const page = await s.openFixture('scan/iframes.html');
    // The top frame reports that it is off; the frames below it load with it and stay silent.
    const tabId = await newReportingTabId(options, known);
    await waitUntil(
      () => topFrameReport(options, tabId),
      (report) => report?.active === false,
      { what: 'the top frame reporting it is off' },
    );
    const frames = page.frames();
    expect(frames.map((f) => new URL(f.url()).hostname).sort()).toEqual([
      '127.0.0.1',
      '127.0.0.1',
      'localhost',
    ]);
    expect(await Promise.all(frames.map(marksIn))).toEqual([[], [], []]);

    await replaceStoredSettings(options, {});
    const marks = await allFrameMarks(frames, 1);
    expect(marks.map((m) => m.length)).toEqual([1, 1, 1]);
    // Off again: every frame's marks go, the cross-origin one's too.
    await replaceStoredSettings(options, { disabledSites: ['127.0.0.1'] });
    expect((await allFrameMarks(frames, 0)).map((m) => m.length)).toEqual([0, 0, 0]);
    await page.close();
    await options.close();
  });
});
