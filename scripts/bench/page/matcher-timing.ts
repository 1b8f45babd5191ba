/**
 * The matcher alone in the page: build, per-tab load (JSON text to ready matcher) and throughput.
 * Loaded matchers stay on the page under a key, so their throughput can be measured in alternating
 * rounds (other load on the machine then hits every dictionary alike).
 */
import { compileMatcher, type MatcherPattern } from '../../../src/shared/matcher/compile.ts';
import { loadMatcher, type Matcher } from '../../../src/shared/matcher/load.ts';

const loaded = new Map<string, Matcher>();

export function timedCompile(patterns: MatcherPattern[]): { ms: number; bytes: number } {
  const start = performance.now();
  const serialized = compileMatcher(patterns);
  const ms = performance.now() - start;
  return { ms, bytes: JSON.stringify(serialized).length };
}

/** JSON text to a matcher that has found its first name (the automaton is decoded on first use). */
export function timedLoad(key: string, json: string, sample: string): { ms: number } {
  const start = performance.now();
  const matcher = loadMatcher(JSON.parse(json));
  matcher.findAll(sample);
  const ms = performance.now() - start;
  loaded.set(key, matcher);
  return { ms };
}

export function throughput(
  key: string,
  blocks: string[],
  minMs: number,
  warmUpMs: number,
): { mbPerSecond: number; mentions: number } {
  const matcher = loaded.get(key);
  if (!matcher) throw new Error(`No matcher loaded as ${key}`);
  return matcherThroughput(matcher, blocks, minMs, warmUpMs);
}

/**
 * `findAll` over every block: after `warmUpMs` of warm-up, as many passes as fit in `minMs`. Shared by
 * the Node side and the page, so both measure the same way.
 */
export function matcherThroughput(
  matcher: Matcher,
  blocks: string[],
  minMs: number,
  warmUpMs: number,
): { mbPerSecond: number; mentions: number } {
  let chars = 0;
  for (const block of blocks) chars += block.length;
  let mentions = 0;
  for (const block of blocks) mentions += matcher.findAll(block).length;
  const warmStart = performance.now();
  while (performance.now() - warmStart < warmUpMs) for (const block of blocks) matcher.findAll(block);
  let passes = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (const block of blocks) matcher.findAll(block);
    passes++;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  return { mbPerSecond: (chars * passes) / 1e6 / (elapsed / 1000), mentions };
}
