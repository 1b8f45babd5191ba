/**
 * `npm run bench`: Company Lens in real Chromium on the pages that decide the targets of issue #14,
 * side by side with four reference extensions measured the same way, through the same trace: an empty
 * content script, the floor (a bare TreeWalker read), and the alternatives, a single-regex scanner and
 * mark.js, carrying the same names; time to first marks; an infinite-scroll page; a profile of start-up; and the same costs as a page sees them in Firefox.
 * Prints the tables with a PASS/FAIL per target, writes `artifacts/bench.json` and the tables in
 * `docs/benchmark.md`. A missed target is reported, not fatal; a crash exits non-zero.
 *
 * `--all` adds the 10 MB article, the demo page, every HTML fixture of the browser tests and the
 * matcher alone. `--runs=N` changes the loads per page (5), for a quick look. `--packs` measures the
 * 100k-company knowledge pack instead (bench/packs.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { startFixtureServer } from '../test/support/fixture-server.ts';
import {
  browserExecutable,
  type LaunchedBrowser,
  launchWithExtension,
} from '../test/support/launch-browser.ts';
import { type BenchPage, BIG_ARTICLE, benchPages, PLAIN_PAGE, SMALL_ARTICLE } from './bench/bench-pages.ts';
import { writeBenchmarkDoc } from './bench/benchmark-doc.ts';
import { launchPlainChromium, startTrace, stopTrace } from './bench/chromium-tools.ts';
import { realPatterns, syntheticDictionary } from './bench/dictionary.ts';
import { loadAverage, machineInfo } from './bench/machine-info.ts';
import { ourTasks, summarise } from './bench/main-thread-cost.ts';
import { measureFirefoxTicks } from './bench/measure-firefox-ticks.ts';
import { measureInfiniteScroll } from './bench/measure-infinite-scroll.ts';
import {
  automatonOnly,
  type MatcherInput,
  type MatcherResult,
  measureMatchers,
  serialize,
} from './bench/measure-matcher.ts';
import { firstMarksAfterLoad, measureOurs, type OurPageResult } from './bench/measure-ours.ts';
import { measurePageAlone, type PageAlone } from './bench/measure-page-alone.ts';
import { median, medianOf } from './bench/median.ts';
import { watchMentionReports } from './bench/mention-reports.ts';
import { runPackBenchmarks } from './bench/packs.ts';
import { competitorScript, pageWorldScript } from './bench/page-bundle.ts';
import {
  REFERENCE_SIGNALS,
  type ReferenceKind,
  writeReferenceExtension,
} from './bench/reference-extension.ts';
import {
  firefoxTable,
  firstMarksTable,
  longestTasksTable,
  matcherTable,
  pagesTable,
  scrollTable,
  startupProfileTables,
  targetsTable,
} from './bench/result-tables.ts';
import type { BenchResults, FirstMarks, PageResult, StartupProfile } from './bench/results.ts';
import { evaluationByScript, moduleOfLine, timeByModule } from './bench/startup-profile.ts';
import { textTable } from './bench/table.ts';
import { judgeTargets } from './bench/targets.ts';
import { textBlocks } from './bench/text-blocks.ts';

const started = performance.now();
const loadAtStart = loadAverage();
const log = (message: string) =>
  console.error(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);

const all = process.argv.includes('--all');
const runsFlag = process.argv.find((a) => a.startsWith('--runs='));
/** Loads per page for every side: single loads on this shared machine spread by up to 1.7x. */
const RUNS = runsFlag ? Number(runsFlag.slice('--runs='.length)) : 5;

function requireBuild(): void {
  for (const file of [
    'dist/chrome/manifest.json',
    'src/generated/dataset.json',
    'src/generated/matcher.json',
  ]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` (npm run bench does).`);
  }
}

type References = Record<ReferenceKind, LaunchedBrowser>;
const REFERENCES: readonly ReferenceKind[] = ['empty', 'floor', 'regex', 'mark.js'];

/**
 * Each side of a page in turn, RUNS times, so that all meet the same spells of load; median runs.
 * mark.js takes about half a minute a load on the 10 MB article (`--all`): once there.
 */
async function measurePage(
  page: BenchPage,
  url: string,
  ours: (url: string, pageHasScripts: boolean) => Promise<OurPageResult>,
  references: References,
) {
  const runs = page.generated ? RUNS : Math.min(RUNS, 3);
  const pageHasScripts = !page.generated;
  const oursRuns: OurPageResult[] = [];
  const referenceRuns = new Map<ReferenceKind, OurPageResult[]>(REFERENCES.map((kind) => [kind, []]));
  for (let i = 0; i < runs; i++) {
    for (const kind of REFERENCES) {
      if (kind === 'mark.js' && page.path === '/bench-10mb.html' && i > 0) continue;
      const { browser, extensionOrigin } = references[kind];
      const signals = REFERENCE_SIGNALS[kind];
      referenceRuns
        .get(kind)
        ?.push(await measureOurs(browser, url, extensionOrigin, undefined, { pageHasScripts, signals }));
    }
    oursRuns.push(await ours(url, pageHasScripts));
  }
  const byMainThread = (r: OurPageResult) => r.mainThreadMs;
  const reference = (kind: ReferenceKind) => medianOf(referenceRuns.get(kind) ?? [], byMainThread);
  return {
    ours: medianOf(oursRuns, byMainThread),
    longestTaskRunsMs: oursRuns.map((r) => r.longestTaskMs),
    emptyScript: reference('empty'),
    floorScript: reference('floor'),
    regexScript: reference('regex'),
    markJsScript: reference('mark.js'),
  };
}

async function measureFirstMarks(browser: Browser, pages: { name: string; url: string }[]) {
  const found: FirstMarks[] = [];
  for (const { name, url } of pages) {
    const runsMs: number[] = [];
    for (let i = 0; i < RUNS; i++) runsMs.push(await firstMarksAfterLoad(browser, url));
    found.push({ page: name, ms: median(runsMs), runsMs });
  }
  return found;
}

/** Start-up on each page under the sampling profiler, in one unminified build of the same code. */
async function profileStartup(
  pages: readonly { name: string; url: string; unprofiledMs: number }[],
): Promise<StartupProfile[]> {
  const dir = mkdtempSync(join(tmpdir(), 'company-lens-bench-unminified-'));
  try {
    execFileSync(
      'npx',
      ['vite', 'build', '--mode', 'chrome', '--minify', 'false', '--outDir', dir, '--emptyOutDir'],
      {
        stdio: 'ignore',
      },
    );
    const scripts = ['src/content/index.js', 'src/content/lens-script.js', 'src/content/card-script.js'];
    const bundles = new Map(scripts.map((s) => [s, moduleOfLine(readFileSync(join(dir, s), 'utf8'))]));
    const ext = await launchWithExtension('chromium', { distDir: dir });
    const reports = await watchMentionReports(ext.browser, ext.extensionOrigin);
    const profiles: StartupProfile[] = [];
    try {
      for (const { name, url, unprofiledMs } of pages) {
        const modules = new Map<string, number>();
        const evaluation = new Map<string, number>();
        let profiled = 0;
        for (let i = 0; i < RUNS; i++) {
          const page = await ext.browser.newPage();
          try {
            const since = Date.now();
            await startTrace(page, { profiler: true });
            await page.goto(url, { waitUntil: 'load' });
            await reports.waitForQuiet(url, since, { quietMs: 1500, emptyMs: 3000 });
            const events = await stopTrace(page);
            for (const [k, v] of timeByModule(events, ext.extensionOrigin, bundles))
              modules.set(k, (modules.get(k) ?? 0) + v);
            for (const [k, v] of evaluationByScript(events, ext.extensionOrigin))
              evaluation.set(k, (evaluation.get(k) ?? 0) + v);
            profiled += summarise(ourTasks(events, ext.extensionOrigin, { pageHasScripts: false })).totalMs;
          } finally {
            await page.close();
          }
        }
        profiles.push({
          page: name,
          loads: RUNS,
          unprofiledMs,
          modules: [...modules].map(([label, ms]) => ({ label, ms: ms / RUNS })).sort((a, b) => b.ms - a.ms),
          evaluation: [...evaluation].map(([script, ms]) => ({ script, ms: ms / RUNS })),
          profiledMs: profiled / RUNS,
        });
      }
    } finally {
      await ext.close();
    }
    return profiles;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  requireBuild();
  const real = realPatterns();
  const names = real.map((p) => p.text);
  const { pages, routes } = benchPages(names, { all });
  const htmlBytes = (page: BenchPage) =>
    routes[page.path]
      ? Buffer.byteLength(routes[page.path]?.() ?? '')
      : statSync(join('test/fixtures', page.path)).size;
  const server = await startFixtureServer(undefined, routes);
  const url = (path: string) => `${server.origin}${path}`;
  const referenceDirs = new Map<ReferenceKind, { dir: string; remove(): void }>();
  try {
    for (const kind of REFERENCES)
      referenceDirs.set(
        kind,
        writeReferenceExtension(
          kind,
          kind === 'regex' || kind === 'mark.js' ? await competitorScript(kind, real) : undefined,
        ),
      );

    log(`Chromium without extensions: each page's heap and text${all ? ', the matcher alone' : ''}`);
    const plain = await launchPlainChromium();
    const alone = new Map<string, PageAlone>();
    const matcher: MatcherResult[] = [];
    let chromiumVersion: string;
    try {
      const version = (await plain.browser.version()).replace(/^(Headless)?Chrome\//, '');
      chromiumVersion = `${version} (${browserExecutable('chromium')}, headless)`;
      for (const page of pages) alone.set(page.path, await measurePageAlone(plain.browser, url(page.path)));
      if (all) {
        log('  matcher alone: real dictionary, synthetic 1,000 and 100,000 names');
        const chromium = {
          browser: plain.browser,
          url: url('/bench-blank.html'),
          script: await pageWorldScript(),
        };
        const realJson = readFileSync('src/generated/matcher.json', 'utf8');
        const inputs: MatcherInput[] = [
          { dictionary: { label: 'real dictionary', patterns: real }, json: realJson },
          {
            dictionary: { label: 'real dictionary, automaton only', patterns: real },
            json: automatonOnly(realJson),
            automatonOnly: true,
          },
          ...[1_000, 100_000].map((size) => {
            const dictionary = syntheticDictionary(size, real);
            return { dictionary, json: serialize(dictionary.patterns) };
          }),
        ];
        matcher.push(
          ...(await measureMatchers(inputs, textBlocks(routes['/bench-1mb.html']?.() ?? ''), chromium)),
        );
      }
    } finally {
      await plain.close();
    }

    log(
      'Chromium with Company Lens and each reference extension (empty, floor, regex, mark.js), taking turns',
    );
    const ext = await launchWithExtension('chromium');
    const launched: Partial<References> = {};
    for (const [kind, { dir }] of referenceDirs)
      launched[kind] = await launchWithExtension('chromium', { distDir: dir });
    const references = launched as References;
    const pageResults: PageResult[] = [];
    let firstMarks: FirstMarks[];
    let infiniteScroll: BenchResults['infiniteScroll'];
    try {
      const reports = await watchMentionReports(ext.browser, ext.extensionOrigin);
      const ours = (pageUrl: string, pageHasScripts: boolean) =>
        measureOurs(ext.browser, pageUrl, ext.extensionOrigin, reports, { pageHasScripts });
      for (const page of pages) {
        log(`  ${page.name}`);
        const measured = await measurePage(page, url(page.path), ours, references);
        const baseline = alone.get(page.path) as PageAlone;
        pageResults.push({
          name: page.name,
          generated: page.generated,
          frames: page.frames,
          htmlBytes: htmlBytes(page),
          ...measured,
          alone: baseline,
          jsHeapAddedBytes: measured.ours.heapBytes - baseline.baselineHeapBytes,
          domHeapAddedBytes: measured.ours.embedderHeapBytes - baseline.baselineEmbedderHeapBytes,
        });
      }
      log('  time to first marks');
      firstMarks = await measureFirstMarks(ext.browser, [
        { name: SMALL_ARTICLE, url: url('/bench-6kb.html') },
        { name: BIG_ARTICLE, url: url('/bench-1mb.html') },
      ]);
      log('  infinite scroll: 20 batches of ~50 KB');
      infiniteScroll = await measureInfiniteScroll(
        ext.browser,
        url('/bench-scroll.html'),
        ext.extensionOrigin,
        reports,
        names,
      );
    } finally {
      await Promise.all([ext, ...Object.values(references)].map((b) => b.close()));
    }

    log('Start-up profiles on the plain page and the 6 KB article (unminified build)');
    const unprofiledMs = (name: string) =>
      pageResults.find((p) => p.name === name)?.ours.mainThreadMs ?? Number.NaN;
    const startupProfiles = await profileStartup([
      { name: PLAIN_PAGE, url: url('/bench-plain.html'), unprofiledMs: unprofiledMs(PLAIN_PAGE) },
      { name: SMALL_ARTICLE, url: url('/bench-6kb.html'), unprofiledMs: unprofiledMs(SMALL_ARTICLE) },
    ]);

    log('Firefox: zero-delay ticks with and without Company Lens, taking turns');
    const firefox = await measureFirefoxTicks(
      [
        { name: PLAIN_PAGE, url: url('/bench-plain.html') },
        { name: SMALL_ARTICLE, url: url('/bench-6kb.html') },
        { name: BIG_ARTICLE, url: url('/bench-1mb.html') },
      ],
      RUNS,
    ).catch((error: unknown) => {
      log(`  Firefox failed: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    });

    const results: BenchResults = {
      machine: machineInfo(chromiumVersion, loadAtStart),
      all,
      pages: pageResults,
      firstMarks,
      matcher,
      infiniteScroll,
      startupProfiles,
      firefox,
      targets: judgeTargets({ pages: pageResults, firstMarks, matcher, infiniteScroll }),
      durationSeconds: (performance.now() - started) / 1000,
    };
    mkdirSync('artifacts', { recursive: true });
    writeFileSync('artifacts/bench.json', `${JSON.stringify(results, null, 2)}\n`);
    writeBenchmarkDoc(results);
    const m = results.machine;
    console.log(
      `\nCompany Lens benchmark, ${m.date}: Chromium ${m.chromium}, ${m.cpuModel} x${m.nproc}, ${m.ramGiB} GiB RAM, load ${m.loadAverageAtStart} at start, ${m.loadAverageAtEnd} at end\n`,
    );
    const tables = [
      pagesTable(results),
      firstMarksTable(results),
      scrollTable(results),
      ...startupProfileTables(results),
      firefoxTable(results),
    ];
    // Trace attribution details and the matcher alone decide no target of the default run.
    if (all) tables.push(longestTasksTable(results), matcherTable(results));
    for (const table of [...tables, targetsTable(results)]) console.log(`${textTable(table)}\n`);
    const missed = results.targets.filter((t) => !t.met).length;
    console.log(
      `${results.targets.length - missed} of ${results.targets.length} targets met. Wrote artifacts/bench.json and docs/benchmark.md (${results.durationSeconds.toFixed(0)} s).`,
    );
  } finally {
    for (const { remove } of referenceDirs.values()) remove();
    await server.close();
  }
}

const run = process.argv.includes('--packs') ? async () => runPackBenchmarks(log, RUNS) : main;
run().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
