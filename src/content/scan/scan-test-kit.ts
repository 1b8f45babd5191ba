/**
 * Test helpers for the scanner's jsdom tests: a matcher over a few names, a stand-in for the
 * Custom Highlight API (jsdom has none), and a wait for the scanner to go idle.
 */
import { vi } from 'vitest';
import { compileMatcher } from '../../shared/matcher/compile.ts';
import { loadMatcher } from '../../shared/matcher/load.ts';
import { type ScannerIndex, startScanner } from '../scanner.ts';

export const TEST_NAMES = [
  { text: 'Xiaomi', caseSensitive: false, companyId: 'xiaomi' },
  { text: 'Huawei', caseSensitive: false, companyId: 'huawei' },
  { text: 'ZTE', caseSensitive: true, companyId: 'zte' },
  { text: 'China Mobile', caseSensitive: false, companyId: 'china-mobile' },
  { text: 'China Mobile Ltd', caseSensitive: false, companyId: 'china-mobile-ltd' },
  { text: '华为', caseSensitive: false, companyId: 'huawei' },
];

export const testMatcher = loadMatcher(compileMatcher(TEST_NAMES));

/** Installs a registry like `CSS.highlights` on jsdom's window; returns it. */
export function installFakeHighlights(win: Window): Map<string, Set<Range>> {
  const registry = new Map<string, Set<Range>>();
  Object.assign(win, { CSS: { highlights: registry } });
  vi.stubGlobal('Highlight', class extends Set<Range> {});
  return registry;
}

export function scan(doc: Document, signal: AbortSignal): ScannerIndex {
  return startScanner({
    doc,
    matcher: testMatcher,
    companyLevel: (id) => (id === 'huawei' ? 'restricted' : id === 'zte' ? 'contested' : 'none'),
    highlightStyle: 'underline',
    signal,
  });
}

/** Resolves when the scanner has run out of work. */
export async function settled(index: ScannerIndex): Promise<void> {
  // Mutation records arrive in a microtask: let them queue their work first.
  await new Promise((resolve) => setTimeout(resolve, 0));
  await vi.waitFor(
    () => {
      if (index.stats.idleSince === 0) throw new Error('still scanning');
    },
    { timeout: 5000, interval: 5 },
  );
}

export function markedTexts(index: ScannerIndex): string[] {
  return index.all().map((mention) => `${mention.range.toString()}=${mention.companyId}`);
}
