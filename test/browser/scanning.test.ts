/**
 * The scanner in real Chromium and Firefox, on the fixture pages in `test/fixtures/scan/`. Marks are
 * read from the page's own world (`CSS.highlights`), which needs no hook in the extension.
 */
import type { Frame, Page } from 'puppeteer-core';
import { expect, it } from 'vitest';
import { startTrace, stopTrace } from '../../scripts/bench/chromium-tools.ts';
import { ourTasks } from '../../scripts/bench/main-thread-cost.ts';
import { generateBigPage } from '../fixtures/scan/generate-big-page.ts';
import { reportingTabIds, waitForReportedMentions } from '../support/extension-state.ts';
import { pageErrorsOf } from '../support/launch-browser.ts';
import { type PaintedMark, readMarks, waitForStableMarks } from '../support/page-marks.ts';
import { forEachBrowser } from './harness.ts';

const bigPage = generateBigPage();

/** Mark text as a reader sees it: soft hyphens and zero-width characters dropped, spaces folded. */
function shown(marks: PaintedMark[]): string[] {
  return marks.map((m) => m.text.replace(/[\u00ad\u200b]/g, '').replace(/\s+/g, ' '));
}

function marksInFrame(frame: Frame): Promise<PaintedMark[]> {
  return readMarks(frame as unknown as Page);
}

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!ok(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

forEachBrowser(
  'scanning',
  (session) => {
    it('marks the tricky cases of an article, and only them', async () => {
      const page = await session().openFixture('scan/article.html');
      const marks = await waitForStableMarks(page);
      const inOrder = [...marks].sort((a, b) => a.rect.y - b.rect.y || a.rect.x - b.rect.x);
      expect(shown(inOrder)).toEqual([
        'Huawei',
        'Xiaomi',
        'Xiaomi',
        'ZTE',
        'China Mobile',
        'China Mobile',
        'Qualcomm',
        'Google',
        '华为',
        '小米',
        '中兴通讯',
        'Apple',
      ]);
      expect(marks.find((m) => m.text === 'Huawei')?.highlight).toBe('company-lens-restricted');
      expect(marks.find((m) => m.text === 'Xiaomi')?.highlight).toBe('company-lens-contested');
      expect(marks.find((m) => m.text === 'Apple')?.highlight).toBe('company-lens-none');
      expect(pageErrorsOf(page)).toEqual([]);
      await page.close();
    });

    it('follows a single-page app that swaps its view through the history API', async () => {
      const page = await session().openFixture('scan/spa.html');
      expect(shown(await waitForStableMarks(page)).sort()).toEqual(['Huawei', 'Xiaomi']);
      await page.click('#to-b');
      const afterPush = await until(
        () => readMarks(page),
        (m) => shown(m).includes('ZTE'),
      );
      expect(shown(afterPush).sort()).toEqual(['Qualcomm', 'ZTE']);
      // Not `page.goBack()`: over BiDi, Firefox ESR 140 (2026-12) never reports the same-document
      // navigation it waits for. The page's own `history.back()` fires the same popstate.
      await page.evaluate(() => history.back());
      const afterPop = await until(
        () => readMarks(page),
        (m) => shown(m).includes('Xiaomi'),
      );
      expect(shown(afterPop).sort()).toEqual(['Huawei', 'Xiaomi']);
      await page.close();
    });

    it('keeps working on a page that cancels every timer id it can', async () => {
      const page = await session().openFixture('scan/hostile-timers.html');
      expect(shown(await waitForStableMarks(page)).sort()).toEqual(['Huawei', 'ZTE']);
      // Later changes are scanned in slices scheduled the same way.
      await page.evaluate(() => {
        const p = document.createElement('p');
        p.textContent = 'Qualcomm joined them.';
        document.body.append(p);
      });
      const later = await until(
        () => readMarks(page),
        (m) => shown(m).includes('Qualcomm'),
      );
      expect(shown(later).sort()).toEqual(['Huawei', 'Qualcomm', 'ZTE']);
      await page.close();
    });

    it('marks same-origin and cross-origin iframes in their own frames', async () => {
      const page = await session().openFixture('scan/iframes.html');
      expect(shown(await waitForStableMarks(page))).toEqual(['Huawei']);
      const frames = page.mainFrame().childFrames();
      expect(frames.map((f) => new URL(f.url()).hostname).sort()).toEqual(['127.0.0.1', 'localhost']);
      for (const frame of frames) {
        const marks = await until(
          () => marksInFrame(frame),
          (m) => m.length > 0,
        );
        expect(shown(marks)).toEqual(['Qualcomm']);
      }
      await page.close();
    });

    it('marks text inside open shadow roots, nested ones too', async () => {
      const page = await session().openFixture('scan/shadow-dom.html');
      const marks = await until(
        () => readMarks(page),
        (m) => m.length >= 5,
      );
      expect(shown(marks).sort()).toEqual(['Google', 'Huawei', 'Qualcomm', 'Xiaomi', 'ZTE']);
      // Painted inside the component: the mark has a box on screen.
      const huawei = marks.find((m) => m.text === 'Huawei');
      expect(huawei?.rect.width).toBeGreaterThan(0);
      await page.close();
    });

    it('leaves form fields and editable text unmarked, also while the user types', async () => {
      const page = await session().openFixture('scan/forms.html');
      expect(shown(await waitForStableMarks(page))).toEqual(['Xiaomi']);
      await page.click('#editor p');
      await page.keyboard.type(' and Qualcomm', { delay: 20 });
      await page.click('#notes');
      await page.keyboard.type(' Qualcomm', { delay: 20 });
      // A name added outside the fields after the typing: once it is marked, the scanner has been
      // through the changes made before it.
      await page.evaluate(() =>
        document.body.append(Object.assign(document.createElement('p'), { textContent: 'Google' })),
      );
      const marks = await until(
        () => readMarks(page),
        (m) => shown(m).includes('Google'),
      );
      expect(shown(marks).sort()).toEqual(['Google', 'Xiaomi']);
      await page.close();
    });

    it('keeps up with a list a framework re-renders every 50 ms, without errors', async () => {
      const page = await session().openFixture('scan/framework-list.html');
      await page.waitForFunction(() => (window as unknown as { renders: number }).renders > 20, {
        timeout: 10_000,
      });
      // Stop the renders, then the marks must settle on exactly what the lists now show.
      const renders = await page.evaluate(() => {
        const w = window as unknown as { renders: number; stopRendering(): void };
        w.stopRendering();
        return w.renders;
      });
      expect(renders).toBeGreaterThan(20);
      const marks = await waitForStableMarks(page, { quietMs: 600 });
      expect(shown(marks).sort()).toEqual(
        ['Google', 'Huawei', 'Qualcomm', 'TikTok', 'Xiaomi', 'ZTE'].flatMap((n) => [n, n]),
      );
      expect(pageErrorsOf(page)).toEqual([]);
      await page.close();
    });

    it('stays responsive while it scans a 10 MB page, and paints what the reader scrolls to', async () => {
      const { name } = session();
      const helper = await session().openOptions();
      const known = await reportingTabIds(helper);
      const page = await session().browser.newPage();
      // Firefox has no trace of our tasks: a page-side probe times the gaps between timer callbacks
      // from our first painted mark on (before that, the page's own first layout dominates).
      await page.evaluateOnNewDocument(() => {
        const probe = { longestGapMs: 0 };
        (window as unknown as { probe: typeof probe }).probe = probe;
        let last = 0;
        const tick = () => {
          const now = performance.now();
          let painted = 0;
          CSS.highlights.forEach((h, key) => {
            if (key.startsWith('company-lens-')) painted += h.size;
          });
          if (painted > 0) {
            if (last) probe.longestGapMs = Math.max(probe.longestGapMs, now - last);
            last = now;
          }
          setTimeout(tick, 0);
        };
        setTimeout(tick, 0);
      });
      // Chromium's software rendering of this page alone has frames of seconds here, which would
      // drown the probe: there we read our own tasks from a trace instead.
      if (name === 'chromium') await startTrace(page);
      await page.goto(session().fixtureUrl('big.html'), { waitUntil: 'load', timeout: 60_000 });
      const firstScreen = await until(
        () => readMarks(page),
        (m) => m.length > 0,
      );
      expect(shown(firstScreen)).toContain('Xiaomi');
      // The whole scan takes a few seconds; watch all of it, until every paragraph's name is counted.
      await waitForReportedMentions(helper, known, bigPage.paragraphs, 60_000);
      let longestMs: number;
      if (name === 'chromium') {
        const tasks = ourTasks(await stopTrace(page), session().extensionOrigin);
        expect(tasks.length).toBeGreaterThan(10);
        // CPU time: the wall-clock length of a task also counts the time the renderer waited for a
        // core other processes held (one run on a loaded machine read 137.8 ms of wall clock where
        // reruns read 18 ms), which says nothing about how our work is chunked.
        longestMs = Math.max(...tasks.map((task) => task.oursCpu / 1000));
        const longestWallMs = Math.max(...tasks.map((task) => task.ours / 1000));
        console.log(
          `[${name}] 10 MB page: longest task of ours ${longestWallMs.toFixed(1)} ms of wall clock`,
        );
      } else {
        longestMs = await page.evaluate(
          () => (window as unknown as { probe: { longestGapMs: number } }).probe.longestGapMs,
        );
      }
      console.log(
        `[${name}] 10 MB page: longest ${name === 'chromium' ? 'task of ours (CPU)' : 'main-thread gap'} ${longestMs.toFixed(1)} ms`,
      );
      // Chromium's trace gives our tasks' CPU time, which another process's load does not stretch:
      // that holds the 50 ms rule here. Firefox has only the probe's wall-clock gaps, which any load
      // on the machine stretches, unchanged code included: that would be a timed test, so the gap is
      // reported here and measured in `npm run bench` (docs/benchmark.md), not asserted.
      if (name === 'chromium') expect(longestMs).toBeLessThan(50);
      // The last paragraph was scanned too: scrolled into view, its name is painted.
      const lastName = [...bigPage.planted.keys()][(bigPage.paragraphs - 1) % bigPage.planted.size];
      await page.evaluate(() => [...document.querySelectorAll('p')].at(-1)?.scrollIntoView());
      const atEnd = await until(
        () => readMarks(page),
        (marks) => marks.some((m) => m.text === lastName && m.rect.y >= 0 && m.rect.y < 2000),
      );
      expect(atEnd.some((m) => m.text === lastName && m.rect.y >= 0)).toBe(true);
      await page.close();
      await helper.close();
    }, 120_000);
  },
  { routes: { '/big.html': () => bigPage.html } },
);
