/**
 * Builds the page-world bundle (competitors and the matcher, see page/) into one IIFE with Vite,
 * and reads mark.js's own browser build, for `page.addScriptTag({ content })`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build, type Rollup } from 'vite';

export async function pageWorldScript(): Promise<string> {
  const entry = fileURLToPath(new URL('./page/bench-page-world.ts', import.meta.url));
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      target: 'es2022',
      lib: { entry, formats: ['iife'], name: 'benchPageWorld', fileName: 'bench-page-world' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  const chunk = outputs[0]?.output.find((o) => o.type === 'chunk');
  if (chunk?.type !== 'chunk') throw new Error('The page-world bundle produced no code');
  return chunk.code;
}

export function markJsScript(): string {
  const require = createRequire(import.meta.url);
  return readFileSync(require.resolve('mark.js/dist/mark.min.js'), 'utf8');
}
