/**
 * Tiny MV3 extensions written on the fly into a temporary folder, measured exactly like Company Lens
 * (docs/benchmark.md, "How it is measured"): one whose content script is empty (what any extension
 * with a content script on all frames costs) and one whose content script is the floor, a bare
 * TreeWalker read of every text node. An empty service worker gives the harness the extension's id.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type ReferenceKind = 'empty' | 'floor';

const FLOOR_SCRIPT = `(() => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) chars += node.data.length;
  globalThis.__floorChars = chars;
})();
`;

export function referenceManifest(kind: ReferenceKind): Record<string, unknown> {
  return {
    manifest_version: 3,
    name: `Company Lens bench reference: ${kind} content script`,
    version: '1.0',
    background: { service_worker: 'worker.js' },
    content_scripts: [
      {
        js: ['content.js'],
        matches: ['http://*/*', 'https://*/*'],
        all_frames: true,
        // The floor reads the page when Company Lens's scanner does; an empty script runs at the
        // earliest point Company Lens has a script (the card's).
        run_at: kind === 'floor' ? 'document_idle' : 'document_end',
      },
    ],
  };
}

/** Writes the extension and returns its folder and a function that removes it. */
export function writeReferenceExtension(kind: ReferenceKind): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), `company-lens-bench-${kind}-`));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(referenceManifest(kind), null, 2));
  writeFileSync(join(dir, 'worker.js'), '');
  writeFileSync(join(dir, 'content.js'), kind === 'floor' ? FLOOR_SCRIPT : '');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
