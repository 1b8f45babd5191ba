import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterEach, expect, it } from 'vitest';
import { wrapPolyfill } from './polyfill-as-esm.ts';

const path = createRequire(import.meta.url).resolve('webextension-polyfill');
const saved = {
  browser: (globalThis as { browser?: unknown }).browser,
  chrome: (globalThis as { chrome?: unknown }).chrome,
};

afterEach(() => {
  Object.assign(globalThis, saved);
});

/** Imports the wrapped polyfill as a fresh ES module, with `globalThis` as set up by the test. */
async function importWrapped(): Promise<unknown> {
  const code = Buffer.from(wrapPolyfill(readFileSync(path, 'utf8'))).toString('base64');
  return ((await import(/* @vite-ignore */ `data:text/javascript;base64,${code}`)) as { default: unknown })
    .default;
}

it('default-exports the native browser object itself, not a copy', async () => {
  const native = { runtime: { id: 'x' } };
  Object.assign(globalThis, { browser: native, chrome: { runtime: { id: 'x' } } });
  expect(await importWrapped()).toBe(native);
});

it('default-exports the promise-based wrapper of chrome where there is no native browser', async () => {
  Object.assign(globalThis, { browser: undefined, chrome: { runtime: { id: 'x' } } });
  const wrapped = (await importWrapped()) as { runtime: { id: string } };
  expect(wrapped).not.toBe((globalThis as { chrome?: unknown }).chrome);
  expect(wrapped.runtime.id).toBe('x');
});
