import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import baseManifest from './manifest.json' with { type: 'json' };
import { injectedScripts } from './scripts/injected-scripts.ts';
import { manifestForBrowser, type TargetBrowser } from './scripts/manifest-for-browser.ts';
import { polyfillAsEsm } from './scripts/polyfill-as-esm.ts';
import { INJECTED_SCRIPTS } from './src/shared/lens-script-files.ts';

// One config, two builds: `vite build --mode chrome` and `vite build --mode firefox`.
export default defineConfig(({ mode, command }) => {
  const browser: TargetBrowser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      preact(),
      crx({
        manifest: manifestForBrowser(baseManifest, browser) as never,
        browser,
        // A standalone content script needs no web_accessible_resources, so pages cannot probe
        // for our files to detect the extension.
        contentScripts: { standaloneFiles: ['src/content/index.ts'] },
      }),
      // The lens and its card, injected where the gate finds a name (src/content/gate/).
      injectedScripts(Object.values(INJECTED_SCRIPTS)),
    ],
    resolve: { alias: [polyfillAsEsm(import.meta.dirname)] },
    build: {
      // The dev server's build loads code from localhost for hot reload: keep it apart from the
      // release build that tests and packaging use.
      outDir: command === 'serve' ? `dist/${browser}-dev` : `dist/${browser}`,
      emptyOutDir: true,
      target: 'es2022',
      // Pages the manifest does not name: the source reader and the capture form, opened by the
      // background with tabs.create.
      rollupOptions: { input: { reader: 'src/reader/index.html', capture: 'src/capture/index.html' } },
      // Minified: the content script is parsed in every frame of every page, so its size is start-up
      // time. No source maps in the package; the source archive (`npm run zip`) is what reviewers read.
      minify: true,
      // The capture page checks a note as an import does, with the common-words list (about 600 KB,
      // docs/dataset.md#size) in its chunk; only that page loads it, once, when opened.
      chunkSizeWarningLimit: 800,
      sourcemap: false,
    },
    server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
  };
});
