/**
 * `npx tsx scripts/measure-packs-browser.ts artifacts/synthetic-20000.pack.json [--loads 3]`: a pack's
 * cost in Chromium with the built extension (`dist/chrome`), as docs/benchmark.md ("Knowledge packs")
 * reports it:
 * - the background's rebuild: from the bump of `PACKS_REVISION_KEY` until the runtime (or the
 *   too-large notice) is in `storage.local`;
 * - a plain page (no company named): our main-thread time in its top frame, from a trace read the
 *   way `npm run bench` reads it (scripts/bench/main-thread-cost.ts), and the tab's JS heap after a GC
 *   (`Performance.getMetrics` JSHeapUsedSize), without the pack and with it, median of the loads;
 * - a page naming one of the pack's companies: the time from disabling the pack to its mark gone.
 * `--dist DIR` measures another build; with `none` for the pack, only the plain page without packs
 * (to compare a build of main with this one).
 */
import { readFileSync } from 'node:fs';
import type { CDPSession } from 'puppeteer-core';
import { fixturePack } from '../src/shared/pack/fixture-sources.ts';
import type { Pack } from '../src/shared/pack/pack-schema.ts';
import { waitUntil } from '../test/support/extension-state.ts';
import { startFixtureServer } from '../test/support/fixture-server.ts';
import { launchWithExtension } from '../test/support/launch-browser.ts';
import { changePackStore } from '../test/support/pack-store-writer.ts';
import { readMarks } from '../test/support/page-marks.ts';
import { heapAfterGc, startTrace, stopTrace } from './bench/chromium-tools.ts';
import { ourTasks, summarise } from './bench/main-thread-cost.ts';
import { watchMentionReports } from './bench/mention-reports.ts';
import { describeTask, longestOf } from './bench/task-breakdown.ts';

const file = process.argv[2];
if (!file) throw new Error('Usage: measure-packs-browser.ts <pack.json | none> [--loads N] [--dist DIR]');
const option = (name: string) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
};
const loads = Number(option('--loads') ?? 3);
const distDir = option('--dist');
const pack = (file === 'none' ? fixturePack() : JSON.parse(readFileSync(file, 'utf8'))) as Pack;
const named = pack.companies[0]?.aliases[0]?.text ?? '';

const paragraph =
  'The council met on Tuesday evening to discuss the new bus timetable, the repairs to the library roof and the summer festival. Residents asked for more benches in the park and longer opening hours at the swimming pool.';
const plainHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Plain</title></head><body>${`<p>${paragraph}</p>`.repeat(20)}</body></html>`;
const namedHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Named</title></head><body><p>${paragraph}</p><p>Shares of ${named} rose.</p></body></html>`;

const server = await startFixtureServer(undefined, {
  '/plain.html': () => plainHtml,
  '/named.html': () => namedHtml,
});
const launched = await launchWithExtension('chromium', distDir ? { distDir } : {});
const { browser, extensionOrigin } = launched;
const ext = await launched.openExtensionPage('src/options/index.html');
// Settled as the bench decides it: the reported count quiet for 1.5 s, or 3 s without any report (a
// page whose gate finds no name loads no lens and reports nothing).
const reports = await watchMentionReports(browser, extensionOrigin);

async function jsHeapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
}

async function plainPage() {
  const mainThread: number[] = [];
  const heap: number[] = [];
  const heapWithBuffers: number[] = [];
  let longest = '';
  for (let i = 0; i < loads; i++) {
    const page = await browser.newPage();
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    const since = Date.now();
    await startTrace(page);
    await page.goto(`${server.origin}/plain.html`, { waitUntil: 'load' });
    await reports.waitForQuiet(`${server.origin}/plain.html`, since, { quietMs: 1500, emptyMs: 3000 });
    const events = await stopTrace(page);
    const tasks = ourTasks(events, extensionOrigin);
    mainThread.push(summarise(tasks).totalMs);
    longest = describeTask(events, longestOf(tasks));
    heap.push(await jsHeapUsed(cdp));
    heapWithBuffers.push((await heapAfterGc(page)).js);
    await cdp.detach().catch(() => {});
    await page.close();
  }
  return {
    mainThreadMs: median(mainThread),
    heapBytes: median(heap),
    heapWithBuffersBytes: median(heapWithBuffers),
    runs: mainThread,
    longest,
  };
}

const storedRuntime = () =>
  ext.evaluate(async () => {
    const api = (
      globalThis as unknown as {
        chrome: { storage: { local: { get(k: string[]): Promise<Record<string, unknown>> } } };
      }
    ).chrome;
    const got = await api.storage.local.get(['packs-runtime', 'packs-runtime-problem', 'packs-revision']);
    const runtime = got['packs-runtime'] as { packsRevision?: unknown; perPage?: boolean } | undefined;
    const problem = got['packs-runtime-problem'] as { packsRevision?: unknown; bytes?: number } | undefined;
    return {
      revision: got['packs-revision'],
      built: runtime?.packsRevision ?? problem?.packsRevision,
      problemBytes: problem?.bytes,
      perPage: runtime?.perPage === true,
      runtimeBytes: runtime ? JSON.stringify(runtime).length : 0,
    };
  });

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
try {
  const without = await plainPage();
  console.log(
    `plain page, no pack: main thread ${without.mainThreadMs.toFixed(1)} ms (runs ${without.runs.map((r) => r.toFixed(1)).join(', ')}), JS heap ${mb(without.heapBytes)} (with array buffers ${mb(without.heapWithBuffersBytes)})`,
  );
  console.log(`  longest task: ${without.longest}`);
  if (file !== 'none') await measurePack(without);
} finally {
  await launched.close();
  await server.close();
}

async function measurePack(without: Awaited<ReturnType<typeof plainPage>>) {
  let started = Date.now();
  await changePackStore(ext, { put: pack, enabled: true });
  console.log(`stored the pack from the options page: ${Date.now() - started} ms`);
  started = Date.now();
  const { value: built } = await waitUntil(
    storedRuntime,
    (s) => s.revision !== undefined && JSON.stringify(s.built) === JSON.stringify(s.revision),
    { timeoutMs: 300_000, intervalMs: 100, what: 'the background to rebuild' },
  );
  console.log(
    `background rebuild (merge, compile, store): ${Date.now() - started} ms; ${built.problemBytes ? `not written, too large: ${mb(built.problemBytes)}` : `${built.perPage ? 'a dictionary per page' : 'one matcher for every frame'}, runtime ${mb(built.runtimeBytes)}`}`,
  );

  const withPack = await plainPage();
  console.log(
    `plain page, pack enabled: main thread ${withPack.mainThreadMs.toFixed(1)} ms (runs ${withPack.runs.map((r) => r.toFixed(1)).join(', ')}), JS heap ${mb(withPack.heapBytes)} (+${mb(withPack.heapBytes - without.heapBytes)}; with array buffers +${mb(withPack.heapWithBuffersBytes - without.heapWithBuffersBytes)})`,
  );
  console.log(`  longest task: ${withPack.longest}`);

  if (!built.problemBytes) {
    const page = await browser.newPage();
    const loadedAt = Date.now();
    await page.goto(`${server.origin}/named.html`, { waitUntil: 'load' });
    const { ms: markedMs } = await waitUntil(
      () => readMarks(page),
      (marks) => marks.some((m) => m.text === named),
      { timeoutMs: 60_000, what: `${named} marked` },
    );
    console.log(
      `page naming ${named}: marked ${Date.now() - loadedAt} ms after navigation started (${markedMs} ms after load)`,
    );
    started = Date.now();
    await changePackStore(ext, { setEnabled: pack.header.id, enabled: false });
    const { ms } = await waitUntil(
      () => readMarks(page),
      (marks) => !marks.some((m) => m.text === named),
      {
        timeoutMs: 60_000,
        intervalMs: 20,
        what: 'the mark gone',
      },
    );
    console.log(`disable to marks gone: ${Date.now() - started} ms (after the store write: ${ms} ms)`);
  }
}
