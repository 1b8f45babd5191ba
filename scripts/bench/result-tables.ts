/** The bench's four tables, built from the results (shared by the terminal and the docs). */
import { ROUNDS } from './measure-matcher.ts';
import type { BenchResults, PageResult } from './results.ts';
import type { Table } from './table.ts';

const ms = (n: number) => (Number.isFinite(n) ? (n >= 100 ? n.toFixed(0) : n.toFixed(1)) : '—');
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
const count = (n: number) => n.toLocaleString('en-US');

function pageRows(page: PageResult): string[][] {
  const { ours, competitors: c } = page;
  const label = `${page.name} (${count(c.textNodes)} text nodes)`;
  const other = (scanner: string, run: { ms: number; count: number }) => [
    '',
    scanner,
    ms(run.ms),
    ms(run.ms),
    ms(run.ms),
    '—',
    '—',
    count(run.count),
  ];
  return [
    [
      label,
      'Company Lens',
      ms(ours.scanDoneAfterDclMs),
      `${ms(ours.mainThreadMs)} (${ms(ours.mainThreadCpuMs)})`,
      `${ms(ours.longestTaskMs)} (${ms(ours.longestTaskCpuMs)})`,
      mb(page.jsHeapAddedBytes),
      mb(page.domHeapAddedBytes),
      `${count(ours.mentions)} (${count(ours.painted)} painted)`,
    ],
    ['', 'TreeWalker floor', ms(c.floor.ms), ms(c.floor.ms), ms(c.floor.ms), '—', '—', '—'],
    other('single regex', c.regex),
    other('mark.js', c.markJs),
  ];
}

export function pagesTable(results: BenchResults): Table {
  return {
    title:
      'Pages (ms; Company Lens: scan done = DOMContentLoaded to final mention count reported; CPU time in brackets)',
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
