/**
 * `npm test`: every check the project has, in order, ending with the plain `N passed, N failed`
 * line that CI reads (it does not understand vitest's own summary).
 *
 * Each static check (data, types, lint, unused code, builds, web-ext lint) counts as one test;
 * unit and browser tests count one each, read from vitest's JSON report.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Step {
  name: string;
  command: string[];
  /** For vitest steps: where its JSON report goes. */
  report?: string;
}

const reports = 'artifacts/test-reports';
mkdirSync(reports, { recursive: true });

const vitest = (project: string): Step => ({
  name: `${project} tests`,
  command: [
    'npx',
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${join(reports, `${project}.json`)}`,
  ],
  report: join(reports, `${project}.json`),
});

const steps: Step[] = [
  { name: 'dataset builds and every quote checks', command: ['npx', 'tsx', 'scripts/build-data.ts'] },
  { name: 'type check', command: ['npx', 'tsc', '--noEmit'] },
  { name: 'lint and format', command: ['npx', 'biome', 'check', '--error-on-warnings', '.'] },
  { name: 'no unused code', command: ['npx', 'knip'] },
  { name: 'chrome build', command: ['npx', 'vite', 'build', '--mode', 'chrome', '--logLevel', 'warn'] },
  { name: 'firefox build', command: ['npx', 'vite', 'build', '--mode', 'firefox', '--logLevel', 'warn'] },
  { name: 'web-ext lint (no errors)', command: ['npx', 'tsx', 'scripts/lint-firefox.ts'] },
  vitest('unit'),
  vitest('browser'),
];

let passed = 0;
let failed = 0;
const failures: string[] = [];

for (const step of steps) {
  console.log(`\n=== ${step.name}: ${step.command.join(' ')}`);
  const started = Date.now();
  const [cmd, ...args] = step.command;
  const result = spawnSync(cmd as string, args, {
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (step.report) {
    let counted = false;
    try {
      const json = JSON.parse(readFileSync(step.report, 'utf8')) as {
        numPassedTests: number;
        numFailedTests: number;
        numPendingTests: number;
        numTodoTests: number;
        numTotalTests: number;
      };
      passed += json.numPassedTests;
      failed += json.numFailedTests + json.numPendingTests + json.numTodoTests;
      counted = json.numTotalTests > 0;
      if (json.numFailedTests) failures.push(`${step.name}: ${json.numFailedTests} failed`);
      if (json.numPendingTests || json.numTodoTests)
        failures.push(`${step.name}: skipped tests count as failures`);
    } catch {
      // No report means vitest could not even start: that is a failure, not zero tests.
    }
    if (!counted || result.status !== 0) {
      if (!counted) failed += 1;
      if (result.status !== 0 && counted) failures.push(`${step.name}: vitest exited ${result.status}`);
      if (!counted) failures.push(`${step.name}: no tests ran (exit ${result.status})`);
    }
  } else if (result.status === 0) {
    passed += 1;
  } else {
    failed += 1;
    failures.push(`${step.name} (exit ${result.status ?? result.signal})`);
  }
  console.log(`=== ${step.name}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${seconds}s`);
}

if (failures.length) console.log(`\nFailures:\n- ${failures.join('\n- ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 && failures.length === 0 ? 0 : 1);
