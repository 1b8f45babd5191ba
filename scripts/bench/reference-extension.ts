/**
 * Tiny MV3 extensions written on the fly into a temporary folder, measured exactly like Company Lens
 * (docs/benchmark.md, "How it is measured"):
 * - `empty`: a content script that does nothing (what any extension with a content script on all
 *   frames costs);
 * - `floor`: a bare TreeWalker read of every text node;
 * - `regex` and `mark.js`: the alternatives, each carrying the names in its content script and
 *   marking them in every frame (page-bundle.ts builds their scripts).
 * An empty service worker gives the harness the extension's id.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DONE_HIGHLIGHT } from './competitor/signal-done.ts';
import type { Competitor } from './page-bundle.ts';

export type ReferenceKind = 'empty' | 'floor' | Competitor;

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
        // An empty script runs at the point Company Lens's gate does; the others when a page's text
        // is there to read, as a highlighter's would (the default).
        run_at: kind === 'empty' ? 'document_end' : 'document_idle',
      },
    ],
  };
}

/**
 * What the bench waits for before it stops a reference's trace, beside a quiet second and a half
 * (measure-ours.ts), and how it counts the marks made in the top frame: both read from the page.
 */
export interface ReferenceSignals {
  done?: string;
  marks?: string;
}

export const REFERENCE_SIGNALS: Record<ReferenceKind, ReferenceSignals> = {
  empty: {},
  floor: {},
  regex: {
    done: `CSS.highlights.has('${DONE_HIGHLIGHT}')`,
    marks: `CSS.highlights.get('bench-regex')?.size ?? 0`,
  },
  'mark.js': {
    done: `CSS.highlights.has('${DONE_HIGHLIGHT}')`,
    marks: `document.querySelectorAll('mark[data-markjs]').length`,
  },
};

/**
 * Writes the extension and returns its folder and a function that removes it. `script` is the
 * content script of a competitor (page-bundle.ts, `competitorScript`).
 */
export function writeReferenceExtension(
  kind: ReferenceKind,
  script?: string,
): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), `company-lens-bench-${kind.replace('.', '')}-`));
  const content = kind === 'floor' ? FLOOR_SCRIPT : kind === 'empty' ? '' : script;
  if (content === undefined) throw new Error(`The ${kind} reference extension needs its content script`);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(referenceManifest(kind), null, 2));
  writeFileSync(join(dir, 'worker.js'), '');
  writeFileSync(join(dir, 'content.js'), content);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
