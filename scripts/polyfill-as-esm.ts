/**
 * Serves `webextension-polyfill` (a UMD file, so CommonJS to a bundler) as an ES module.
 *
 * Why: the bundler's CommonJS interop copies every own property of the module's export onto a
 * namespace object, reading each one's descriptor. Where the browser has a native `browser` (Firefox,
 * Chrome 148+), the polyfill exports that very object, and reading its descriptors instantiates
 * every API namespace: 2-3 ms per frame on every page in Chromium 156 (CPU profile, 2026-11), before
 * the content script has done anything. Imported as an ES module's default export, it is used as is.
 *
 * How: the content script is bundled by @crxjs/vite-plugin in a build of its own that takes our
 * `resolve` options but none of our plugins. So the wrapped copy is a file, written when the config
 * loads (under `node_modules/.cache`, next to the package it comes from), and `resolve.alias` points
 * every build at it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The UMD source wrapped so that it fills a local `module` and default-exports what it holds. */
export function wrapPolyfill(code: string): string {
  // The UMD prologue calls `factory(module)` when `exports` is defined.
  return `const module = { exports: {} };\nconst exports = module.exports;\n${code}\nexport default module.exports;\n`;
}

/** Writes the ES module version of the installed polyfill; returns an alias entry for Vite. */
export function polyfillAsEsm(root: string): { find: RegExp; replacement: string } {
  const source = createRequire(join(root, 'package.json')).resolve('webextension-polyfill');
  const target = join(root, 'node_modules', '.cache', 'company-lens', 'browser-polyfill.mjs');
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, wrapPolyfill(readFileSync(source, 'utf8')));
  return { find: /^webextension-polyfill$/, replacement: target };
}
