/**
 * The matcher alone, per dictionary: build time, per-tab load time (JSON text to a ready matcher),
 * memory and throughput, in Node and in a Chromium page (no extension) on the same text.
 */
import type { Browser } from 'puppeteer-core';
import { compileMatcher } from '../../src/shared/matcher/compile.ts';
import { loadMatcher, type Matcher } from '../../src/shared/matcher/load.ts';
import { heapAfterGc } from './chromium-tools.ts';
import type { BenchDictionary } from './dictionary.ts';
import { heapInUse } from './node-memory.ts';
import type { BenchWindow } from './page/page-api.ts';

export interface MatcherSide {
  buildMs: number;
  loadMs: number;
  memoryBytes: number;
  mbPerSecond: number;
  mentions: number;
}

export interface MatcherResult {
  label: string;
  patterns: number;
  jsonBytes: number;
  node: MatcherSide;
  chromium: MatcherSide;
}

const MIN_MS = 400;
const WARM_UP_MS = 300;

function nodeThroughput(matcher: Matcher, blocks: string[]): { mbPerSecond: number; mentions: number } {
  const chars = blocks.reduce((sum, block) => sum + block.length, 0);
  let mentions = 0;
  for (const block of blocks) mentions += matcher.findAll(block).length;
  // Warm up until the JIT has settled, so the first dictionary measured is not at a disadvantage.
  const warmStart = performance.now();
  while (performance.now() - warmStart < WARM_UP_MS) for (const block of blocks) matcher.findAll(block);
  let passes = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (const block of blocks) matcher.findAll(block);
    passes++;
    elapsed = performance.now() - start;
  } while (elapsed < MIN_MS);
  return { mbPerSecond: (chars * passes) / 1e6 / (elapsed / 1000), mentions };
}

function measureInNode(dictionary: BenchDictionary, json: string, blocks: string[]): MatcherSide {
  const buildStart = performance.now();
  compileMatcher(dictionary.patterns);
  const buildMs = performance.now() - buildStart;
  const before = heapInUse();
  const loadStart = performance.now();
  const matcher = loadMatcher(JSON.parse(json));
  const loadMs = performance.now() - loadStart;
  const memoryBytes = heapInUse() - before;
  return { buildMs, loadMs, memoryBytes, ...nodeThroughput(matcher, blocks) };
}

async function measureInChromium(
  browser: Browser,
  url: string,
  script: string,
  dictionary: BenchDictionary,
  json: string,
  blocks: string[],
): Promise<MatcherSide> {
  const page = await browser.newPage();
  try {
    await page.goto(url);
    await page.addScriptTag({ content: script });
    const build = await page.evaluate(
      (p) => (window as unknown as BenchWindow).benchPage.compileMatcher(p),
      dictionary.patterns,
    );
    const before = await heapAfterGc(page);
    const load = await page.evaluate(
      (j) => (window as unknown as BenchWindow).benchPage.loadMatcher(j),
      json,
    );
    const after = await heapAfterGc(page);
    const speed = await page.evaluate(
      (b, min, warm) => (window as unknown as BenchWindow).benchPage.matcherThroughput(b, min, warm),
      blocks,
      MIN_MS,
      WARM_UP_MS,
    );
    return {
      buildMs: build.ms,
      loadMs: load.ms,
      memoryBytes: after.js - before.js,
      ...speed,
    };
  } finally {
    await page.close();
  }
}

export async function measureMatcher(
  dictionary: BenchDictionary,
  blocks: string[],
  chromium: { browser: Browser; url: string; script: string },
  /** The serialized matcher to load; compiled here when not given (the real one comes from the build). */
  prebuiltJson?: string,
): Promise<MatcherResult> {
  const json = prebuiltJson ?? JSON.stringify(compileMatcher(dictionary.patterns));
  const node = measureInNode(dictionary, json, blocks);
  const inPage = await measureInChromium(
    chromium.browser,
    chromium.url,
    chromium.script,
    dictionary,
    json,
    blocks,
  );
  return {
    label: dictionary.label,
    patterns: dictionary.patterns.length,
    jsonBytes: Buffer.byteLength(json),
    node,
    chromium: inPage,
  };
}
