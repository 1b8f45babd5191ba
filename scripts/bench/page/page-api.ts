/**
 * What the bench's page-world bundle puts on `window.benchPage`, for `page.evaluate` calls. Results
 * are plain data, timed in the page with `performance.now()` around synchronous work.
 */
import type { MatcherPattern } from '../../../src/shared/matcher/compile.ts';

export interface BenchPageApi {
  compileMatcher(patterns: MatcherPattern[]): { ms: number; bytes: number };
  /** JSON text to a ready matcher, kept on the page under `key`. */
  loadMatcher(key: string, json: string, sample: string): { ms: number };
  /** Runs matcher `key` over `blocks` for `warmUpMs`, then measures for at least `minMs`. */
  matcherThroughput(
    key: string,
    blocks: string[],
    minMs: number,
    warmUpMs: number,
  ): { mbPerSecond: number; mentions: number };
}

export type BenchWindow = Window & { benchPage: BenchPageApi };
