/**
 * What the bench's page-world bundle puts on `window.benchPage`, for `page.evaluate` calls. Results
 * are plain data, timed in the page with `performance.now()` around synchronous work.
 */
import type { MatcherPattern } from '../../../src/shared/matcher/compile.ts';

export interface TimedCount {
  ms: number;
  /** Mentions found (or text nodes read, for the floor). */
  count: number;
  chars?: number;
}

export interface BenchPageApi {
  /** Reads every text node's text under `body`: the floor no scanner can beat. */
  floorWalk(): TimedCount;
  /** One alternation regex of all aliases run over every text node, marks painted as a highlight. */
  regexScan(patterns: MatcherPattern[]): TimedCount;
  /** mark.js (injected separately) marking the same names; it wraps them in `<mark>` elements. */
  markJs(patterns: MatcherPattern[]): TimedCount;
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
