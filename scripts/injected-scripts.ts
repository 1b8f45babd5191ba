/**
 * Builds the scripts the background injects into frames (`src/shared/lens-script-files.ts`) as
 * self-contained IIFE files beside the extension's own build. @crxjs/vite-plugin builds such files
 * only for scripts the manifest lists or for `?script` imports, and the latter become
 * `web_accessible_resources`, which any page can probe for. `scripting.executeScript({ files })`
 * needs neither. https://developer.chrome.com/docs/extensions/reference/api/scripting#type-ScriptInjection
 */
import { build, type Plugin, type ResolvedConfig } from 'vite';

export function injectedScripts(scripts: readonly { source: string; file: string }[]): Plugin {
  let config: ResolvedConfig;
  const buildAll = async () => {
    for (const { source, file } of scripts) {
      await build({
        configFile: false,
        root: config.root,
        mode: config.mode,
        logLevel: 'warn',
        // The same resolution (the polyfill's ES module alias), constants and JSX transform as the
        // rest of the build.
        resolve: { alias: config.resolve.alias },
        define: config.define,
        oxc: config.oxc,
        build: {
          outDir: config.build.outDir,
          emptyOutDir: false,
          copyPublicDir: false,
          minify: config.build.minify,
          target: config.build.target,
          sourcemap: false,
          lib: { entry: source, formats: ['iife'], name: 'companyLens', fileName: () => file },
          rollupOptions: { output: { entryFileNames: file } },
        },
      });
    }
  };
  return {
    name: 'company-lens:injected-scripts',
    configResolved(resolved) {
      config = resolved;
    },
    // After the main build has emptied and written the output folder.
    async writeBundle() {
      await buildAll();
    },
    // The dev server writes its build to disk too (dist/<browser>-dev): add them there once.
    configureServer(server) {
      server.httpServer?.once('listening', () => void buildAll());
    },
  };
}
