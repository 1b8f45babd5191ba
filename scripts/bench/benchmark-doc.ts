/**
 * Writes the measured tables into `docs/benchmark.md` between two markers, so the prose around them
 * (method, findings) is kept from run to run; a missing file gets a short skeleton first.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import {
  firefoxTable,
  firstMarksTable,
  longestTasksTable,
  matcherTable,
  pagesTable,
  scrollTable,
  startupProfileTables,
  targetsTable,
} from './result-tables.ts';
import type { BenchResults } from './results.ts';
import { markdownTable, type Table } from './table.ts';

const START = '<!-- bench:results:start (written by `npm run bench`; edit outside these markers) -->';
const END = '<!-- bench:results:end -->';

const SKELETON = `# Benchmark

\`npm run bench\` builds the extension, runs every measurement in headless Chromium and prints the
tables below; it writes them here and to \`artifacts/bench.json\`.

${START}
${END}
`;

function section(table: Table): string {
  return `### ${table.title}\n\n${markdownTable(table)}`;
}

function resultsMarkdown(results: BenchResults): string {
  const m = results.machine;
  const machine: Table = {
    title: 'Machine',
    headers: ['', ''],
    rows: [
      ['Date', m.date],
      ['CPU', `${m.cpuModel}, nproc ${m.nproc}`],
      ['RAM', `${m.ramGiB} GiB`],
      ['OS', m.os],
      ['Chromium', m.chromium],
      ['Node', m.node],
      ['Load average (1 min) at start, at end', `${m.loadAverageAtStart}, ${m.loadAverageAtEnd}`],
      ['Pages', results.all ? 'all (`--all`)' : 'the target pages (without `--all`)'],
      ['Whole run', `${results.durationSeconds.toFixed(0)} s`],
    ],
    leftColumns: 2,
  };
  return [
    `## Results of the last run`,
    section(machine),
    section(targetsTable(results)),
    section(pagesTable(results)),
    section(firstMarksTable(results)),
    // Trace attribution details, with `--all` only.
    ...(results.all ? [section(longestTasksTable(results))] : []),
    section(scrollTable(results)),
    ...startupProfileTables(results).map(section),
    section(firefoxTable(results)),
    ...(results.matcher.length > 0 ? [section(matcherTable(results))] : []),
  ].join('\n\n');
}

export function writeBenchmarkDoc(results: BenchResults, path = 'docs/benchmark.md'): void {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : SKELETON;
  const doc =
    current.includes(START) && current.includes(END) ? current : `${current.trimEnd()}\n\n${START}\n${END}\n`;
  const before = doc.slice(0, doc.indexOf(START) + START.length);
  const after = doc.slice(doc.indexOf(END));
  writeFileSync(path, `${before}\n${resultsMarkdown(results)}\n${after}`);
}
