/**
 * `npx tsx scripts/measure-pack-import.ts artifacts/synthetic-100000.pack.json [--runs 3] [--dist DIR]`:
 * import to marked in Chromium with a built extension, as a user does it, and as
 * docs/packs-at-scale.md ("Import to marked") reports it. Each run starts a fresh browser, opens a page
 * naming one of the pack's companies, then chooses the pack in the options page's file picker, and
 * times from the choice:
 * - each progress text the options page shows, and its outcome ("imported");
 * - the background's runtime in `storage.local` built from the new packs revision;
 * - the company marked in the page that was already open (no reload), brought to the front once the
 *   options page shows its outcome, as a user goes back to it (a hidden tab is not marked until shown).
 * Meanwhile the resident memory (RSS) of every Chromium process is read from /proc every 100 ms: the
 * peak of the largest process (the extension's, which holds the options page, its import worker and
 * the service worker) and of all of them together. Linux only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Pack } from '../src/shared/pack/pack-schema.ts';
import { waitUntil } from '../test/support/extension-state.ts';
import { startFixtureServer } from '../test/support/fixture-server.ts';
import { launchWithExtension } from '../test/support/launch-browser.ts';
import { chooseFile } from '../test/support/pack-page.ts';
import { readMarks } from '../test/support/page-marks.ts';
import { median } from './bench/median.ts';

const file = process.argv[2];
if (!file) throw new Error('Usage: measure-pack-import.ts <pack.json> [--runs N] [--dist DIR]');
const option = (name: string) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
};
const runs = Number(option('--runs') ?? 3);
const distDir = option('--dist');
const pack = JSON.parse(readFileSync(file, 'utf8')) as Pack;
// A company from the middle of the pack, so that nothing about the first records decides it.
const named = pack.companies[Math.floor(pack.companies.length / 2)]?.aliases[0]?.text ?? '';
const namedHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Named</title></head><body><p>The council met on Tuesday.</p><p>Shares of ${named} rose.</p></body></html>`;

/** Resident memory of a process and its descendants, by pid, from /proc (kB to bytes). */
function processTreeRss(root: number): Map<number, number> {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      rss.set(Number(entry), kb * 1024);
    } catch {
      // The process ended while we read it.
    }
  }
  const tree = new Map<number, number>();
  const visit = (pid: number) => {
    tree.set(pid, rss.get(pid) ?? 0);
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(root);
  return tree;
}

function sampleMemory(root: number) {
  let largest = 0;
  let total = 0;
  const timer = setInterval(() => {
    const tree = processTreeRss(root);
    const values = [...tree.values()];
    largest = Math.max(largest, ...values);
    total = Math.max(
      total,
      values.reduce((a, b) => a + b, 0),
    );
  }, 100);
  return () => {
    clearInterval(timer);
    return { largest, total };
  };
}

const server = await startFixtureServer(undefined, { '/named.html': () => namedHtml });
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
const results: { outcome: number; runtime: number; marked: number; largest: number; total: number }[] = [];
try {
  for (let run = 0; run < runs; run++) {
    const launched = await launchWithExtension('chromium', distDir ? { distDir } : {});
    try {
      const { browser } = launched;
      const page = await browser.newPage();
      await page.goto(`${server.origin}/named.html`, { waitUntil: 'load' });
      const options = await launched.openExtensionPage('src/options/index.html');
      // Progress texts as the page shows them, timed in the page.
      await options.evaluate(() => {
        const status = document.getElementById('pack-import-status');
        const w = window as unknown as { progressLog: { at: number; text: string }[] };
        w.progressLog = [];
        new MutationObserver(() => {
          const text = status?.textContent ?? '';
          if (w.progressLog.at(-1)?.text !== text) w.progressLog.push({ at: performance.now(), text });
        }).observe(status as Node, { subtree: true, childList: true, characterData: true });
      });
      const pid = browser.process()?.pid;
      if (pid === undefined) throw new Error('no browser process');
      const stopSampling = sampleMemory(pid);
      const startedInPage = await options.evaluate(() => performance.now());
      const started = Date.now();
      await chooseFile(options, resolve(file));
      const outcome = await waitUntil(
        () => options.$eval('#pack-import-status', (s) => s.querySelector('.pack-result')?.textContent ?? ''),
        (text) => text !== '',
        { timeoutMs: 120_000, intervalMs: 50, what: 'the import outcome' },
      );
      const outcomeMs = Date.now() - started;
      await page.bringToFront();
      const runtime = await waitUntil(
        () =>
          options.evaluate(async () => {
            const api = (
              globalThis as unknown as {
                chrome: { storage: { local: { get(k: string[]): Promise<Record<string, unknown>> } } };
              }
            ).chrome;
            const got = await api.storage.local.get(['packs-runtime', 'packs-revision']);
            const built = (got['packs-runtime'] as { packsRevision?: unknown } | undefined)?.packsRevision;
            return (
              got['packs-revision'] !== undefined &&
              JSON.stringify(built) === JSON.stringify(got['packs-revision'])
            );
          }),
        (done) => done,
        { timeoutMs: 120_000, intervalMs: 50, what: 'the runtime rebuilt' },
      );
      const runtimeMs = Date.now() - started;
      await waitUntil(
        () => readMarks(page),
        (marks) => marks.some((m) => m.text === named),
        { timeoutMs: 120_000, intervalMs: 50, what: `${named} marked` },
      );
      const markedMs = Date.now() - started;
      const memory = stopSampling();
      const log = await options.evaluate(
        () => (window as unknown as { progressLog: { at: number; text: string }[] }).progressLog,
      );
      console.log(`run ${run + 1}: ${outcome.value}`);
      for (const entry of log)
        console.log(`  ${seconds(entry.at - startedInPage).padStart(8)}  ${entry.text}`);
      console.log(
        `  outcome shown ${seconds(outcomeMs)}; runtime built ${seconds(runtimeMs)} (waited ${runtime.ms} ms); ${named} marked ${seconds(markedMs)}; peak RSS: largest process ${mb(memory.largest)}, all of Chromium ${mb(memory.total)}`,
      );
      results.push({ outcome: outcomeMs, runtime: runtimeMs, marked: markedMs, ...memory });
    } finally {
      await launched.close();
    }
  }
} finally {
  await server.close();
}
const med = (key: keyof (typeof results)[number]) => median(results.map((r) => r[key]));
console.log(
  `median of ${results.length}: outcome shown ${seconds(med('outcome'))}, runtime built ${seconds(med('runtime'))}, marked ${seconds(med('marked'))}; peak RSS largest process ${mb(med('largest'))}, all of Chromium ${mb(med('total'))}`,
);
