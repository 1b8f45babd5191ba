/**
 * `npm run zip`: store-ready packages in `artifacts/`: one zip per browser, plus the source archive
 * that addons.mozilla.org asks for when a package is built from bundled code (with the README's
 * build instructions inside, as the tracked tree).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const out = 'artifacts';
mkdirSync(out, { recursive: true });

for (const browser of ['chrome', 'firefox']) {
  // web-ext's packer is a plain, reproducible directory zipper; it needs no Firefox-only manifest keys.
  const stdout = execFileSync(
    'npx',
    [
      'web-ext',
      'build',
      '--source-dir',
      `dist/${browser}`,
      '--artifacts-dir',
      out,
      '--overwrite-dest',
      '--no-config-discovery',
    ],
    { encoding: 'utf8' },
  );
  const built = /Your web extension is ready: (.+\.zip)/.exec(stdout)?.[1];
  if (!built) throw new Error(`web-ext build did not report a package for ${browser}:\n${stdout}`);
  const target = `${out}/company-lens-${version}-${browser}.zip`;
  renameSync(built.trim(), target);
  console.log(`wrote ${target}`);
}

const source = `${out}/company-lens-${version}-source.zip`;
execFileSync('git', ['archive', '--format=zip', `--output=${source}`, 'HEAD']);
console.log(`wrote ${source} (the committed tree: build it with \`npm ci && npm run build\`)`);
