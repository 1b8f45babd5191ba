/**
 * Builds the bench's own scripts into IIFEs with Vite: the page-world bundle (the floor read and the
 * matcher, see page/) for `page.addScriptTag({ content })`, and the content scripts of the regex and
 * mark.js reference extensions (competitor/), which carry the names as those extensions would.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build, type Rollup } from 'vite';
import type { MatcherPattern } from '../../src/shared/matcher/compile.ts';

async function iife(entryPath: string, define: Record<string, string> = {}): Promise<string> {
  const entry = fileURLToPath(new URL(entryPath, import.meta.url));
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    define,
    build: {
      write: false,
      minify: false,
      target: 'es2022',
      lib: { entry, formats: ['iife'], name: 'benchScript', fileName: 'bench-script' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  const chunk = outputs[0]?.output.find((o) => o.type === 'chunk');
  if (chunk?.type !== 'chunk') throw new Error(`${entryPath} produced no code`);
  return chunk.code;
}

export function pageWorldScript(): Promise<string> {
  return iife('./page/bench-page-world.ts');
}

export type Competitor = 'regex' | 'mark.js';

/** A reference extension's whole content script: mark.js's own browser build first, where it is used. */
export async function competitorScript(competitor: Competitor, patterns: MatcherPattern[]): Promise<string> {
  const define = { BENCH_PATTERNS: JSON.stringify(patterns) };
  if (competitor === 'regex') return iife('./competitor/regex-extension.ts', define);
  const require = createRequire(import.meta.url);
  const markJs = readFileSync(require.resolve('mark.js/dist/mark.min.js'), 'utf8');
  return `${markJs}\n${await iife('./competitor/mark-js-extension.ts', define)}`;
}
