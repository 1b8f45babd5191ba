/** The bench's tables, built from the results (shared by the terminal and the docs). */
import { ROUNDS } from './measure-matcher.ts';
import type { BenchResults, PageResult } from './results.ts';
import type { Table } from './table.ts';

const ms = (n: number) => (Number.isFinite(n) ? (n >= 100 ? n.toFixed(0) : n.toFixed(1)) : '—');
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
const count = (n: number) => n.toLocaleString('en-US');

function pageRows(page: PageResult): string[][] {
  const { ours } = page;
  const label = `${page.name} (${count(page.alone.textNodes)} text nodes${page.frames > 1 ? ` in the top frame, ${page.frames} frames` : ''})`;
  const extension = (
    scanner: string,
    run: PageResult['ours'],
    { heap = false, marks = false, done = false } = {},
  ) => [
    '',
    scanner,
    done ? ms(run.scanDoneAfterDclMs) : '—',
    `${ms(run.mainThreadMs)} (${ms(run.mainThreadCpuMs)})`,
    `${ms(run.longestTaskMs)} (${ms(run.longestTaskCpuMs)})`,
    heap ? mb(page.jsHeapAddedBytes) : '—',
    heap ? mb(page.domHeapAddedBytes) : '—',
    heap ? `${count(run.mentions)} (${count(run.painted)} painted)` : marks ? count(run.mentions) : '—',
  ];
  return [
    [label, ...extension('Company Lens', ours, { heap: true, done: true }).slice(1)],
    extension('empty content script', page.emptyScript),
    extension('floor content script', page.floorScript),
    extension('single regex', page.regexScript, { marks: true }),
    extension('mark.js', page.markJsScript, { marks: true }),
  ];
}

export function pagesTable(results: BenchResults): Table {
  return {
    title:
      'Pages (ms, median run; every side an extension, its main thread from a trace without the profiler, CPU time in brackets; scan done = DOMContentLoaded to our final mention count; mentions: ours in all frames, the marks of the alternatives, top frame)',
    headers: [
      'Page',
      'Scanner',
      'Scan done',
      'Main thread',
      'Longest task',
      'JS heap +',
      'DOM heap +',
      'Mentions',
    ],
    rows: results.pages.flatMap(pageRows),
    leftColumns: 2,
  };
}

export function firstMarksTable(results: BenchResults): Table {
  return {
    title:
      'Time to first marks (ms from the `load` event to the first frame with a mark, seen from the page)',
    headers: ['Page', 'Median', 'Runs'],
    rows: results.firstMarks.map((f) => [f.page, ms(f.ms), f.runsMs.map(ms).join(', ')]),
    leftColumns: 1,
  };
}

/** Modules listed by name in a start-up profile; the rest are summed in one row. */
const PROFILE_ROWS = 15;

export function startupProfileTables(results: BenchResults): Table[] {
  return results.startupProfiles.map((p) => {
    const rows: string[][] = [];
    const sampled = p.modules.reduce((sum, m) => sum + m.ms, 0);
    const scale = sampled > 0 ? p.unprofiledMs / p.profiledMs : Number.NaN;
    for (const e of p.evaluation)
      rows.push([`EvaluateScript ${e.script} (whole, nested below)`, ms(e.ms), ms(e.ms * scale)]);
    for (const m of p.modules.slice(0, PROFILE_ROWS)) rows.push([m.label, ms(m.ms), ms(m.ms * scale)]);
    const rest = p.modules.slice(PROFILE_ROWS);
    if (rest.length > 0) {
      const restMs = rest.reduce((sum, m) => sum + m.ms, 0);
      rows.push([`the other ${rest.length} modules`, ms(restMs), ms(restMs * scale)]);
    }
    rows.push(['all samples in our code', ms(sampled), ms(sampled * scale)]);
    rows.push(['our main thread under the profiler (trace)', ms(p.profiledMs), ms(p.unprofiledMs)]);
    return {
      title: `Start-up on the ${p.page}, per load (${p.loads} loads of an unminified build under the V8 sampling profiler; "scaled" = x the unprofiled / profiled main-thread ratio)`,
      headers: ['Where', 'Profiled ms', 'Scaled ms'],
      rows,
      leftColumns: 1,
    };
  });
}

export function firefoxTable(results: BenchResults): Table {
  const f = results.firefox;
  return {
    title: `Firefox ${f?.version ?? '—'}: main-thread time a page's zero-delay timer loop loses, with the extension and without (ms, median of interleaved loads; no target)`,
    headers: ['Page', 'With Company Lens', 'Without', 'Difference (median of pairs)', 'Loads each'],
    rows: (f?.results ?? []).map((r) => [
      r.page,
      ms(r.withExtensionMs),
      ms(r.withoutMs),
      ms(r.extensionMs),
      String(r.runs),
    ]),
    leftColumns: 1,
  };
}

export function matcherTable(results: BenchResults): Table {
  return {
    title: `Matcher alone (build = compile the automaton; load = JSON text to ready matcher, per tab; MB/s best of ${ROUNDS} rounds)`,
    headers: [
      'Dictionary',
      'Patterns',
      'JSON',
      'Build Node',
      'Build Chromium',
      'Load Node',
      'Load Chromium',
      'Memory Chromium',
      'MB/s Node',
      'MB/s Chromium',
    ],
    rows: results.matcher.map((m) => [
      m.label,
      count(m.patterns),
      mb(m.jsonBytes),
      `${ms(m.node.buildMs)} ms`,
      `${ms(m.chromium.buildMs)} ms`,
      `${ms(m.node.loadMs)} ms`,
      `${ms(m.chromium.loadMs)} ms`,
      mb(m.chromium.memoryBytes),
      m.node.mbPerSecond.toFixed(1),
      m.chromium.mbPerSecond.toFixed(1),
    ]),
    leftColumns: 1,
  };
}

export function scrollTable(results: BenchResults): Table {
  return {
    title: 'Infinite scroll (one ~50 KB batch appended at a time; our main-thread cost per batch)',
    headers: [
      'Batch',
      'Main thread ms (CPU)',
      'Longest task ms (CPU)',
      'Scanned after ms',
      'Mentions on page',
    ],
    rows: results.infiniteScroll.map((b) => [
      String(b.batch),
      `${ms(b.mainThreadMs)} (${ms(b.mainThreadCpuMs)})`,
      `${ms(b.longestTaskMs)} (${ms(b.longestTaskCpuMs)})`,
      ms(b.scannedAfterMs),
      count(b.mentionsAfter),
    ]),
    leftColumns: 0,
  };
}

export function targetsTable(results: BenchResults): Table {
  return {
    title: 'Targets',
    headers: ['Target', 'Measured', 'Result'],
    rows: results.targets.map((t) => [t.target, t.measured, t.met ? 'PASS' : 'FAIL']),
    leftColumns: 3,
  };
}

export function longestTasksTable(results: BenchResults): Table {
  const worstBatch = results.infiniteScroll.reduce<BenchResults['infiniteScroll'][number] | undefined>(
    (a, b) => (a && a.longestTaskMs >= b.longestTaskMs ? a : b),
    undefined,
  );
  const rows = results.pages.map((p) => [p.name, p.ours.longestTask, ms(p.ours.longestTaskMs)]);
  if (worstBatch) {
    rows.push([
      `infinite scroll, batch ${worstBatch.batch}`,
      worstBatch.longestTask,
      ms(worstBatch.longestTaskMs),
    ]);
  }
  return {
    title: 'Our longest task per page: the longest trace events inside it (nested, so they overlap)',
    headers: ['Page', 'Inside it', 'Longest task ms'],
    rows,
    leftColumns: 2,
  };
}
