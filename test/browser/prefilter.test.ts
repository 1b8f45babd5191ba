/**
 * The scanner skips blocks whose text cannot hold a name without visiting their nodes; a component
 * inside such a block keeps its shadow tree's text out of that check, so the block must be walked.
 */
import { expect, it } from 'vitest';
import { reportingTabIds, waitForReportedMentions } from '../support/extension-state.ts';
import { waitForStableMarks } from '../support/page-marks.ts';
import { forEachBrowser } from './harness.ts';

forEachBrowser('block prefilter', (session) => {
  it('still marks a name inside the shadow tree of a component in an otherwise nameless paragraph', async () => {
    const helper = await session().openOptions();
    const known = await reportingTabIds(helper);
    const page = await session().openFixture('scan/shadow-in-paragraph.html');
    // Let the whole-page pass find the name first, then bring the paragraph into view to have it painted.
    await waitForReportedMentions(helper, known, 1);
    await page.evaluate(() => document.getElementById('quote')?.scrollIntoView());
    const marks = await waitForStableMarks(page, { timeoutMs: 8000 });
    expect(marks.map((m) => m.text)).toEqual(['Qualcomm']);
    await page.close();
    await helper.close();
  });
});
