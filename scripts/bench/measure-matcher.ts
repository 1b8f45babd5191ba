/**
 * The matcher alone, per dictionary: build time, per-tab load time (JSON text to a ready matcher),
 * memory and throughput, in Node and in a Chromium page (no extension) on the same text.
 * Throughput is the best of `ROUNDS` alternating rounds, so that load from other processes on the
 * machine does not decide the comparison between dictionaries.
 */
import type { Browser } from 'puppeteer-core';
import { compileMatcher, type MatcherPattern } from '../../src/shared/matcher/compile.ts';
import { loadMatcher } from '../../src/shared/matcher/load.ts';
import { heapAfterGc } from './chromium-tools.ts';
import type { BenchDictionary } from './dictionary.ts';
import { heapInUse } from './node-memory.ts';
import { matcherThroughput } from './page/matcher-timing.ts';
import type { BenchWindow } from './page/page-api.ts';

interface MatcherSide {
  buildMs: number;
  loadMs: number;
  memoryBytes: number;
  mbPerSecond: number;
  mentions: number;
}

export interface MatcherResult {
  label: string;
  /** The automaton over every character, without the name-start expression (see MatcherInput). */
  automatonOnly: boolean;
  patterns: number;
  jsonBytes: number;
  node: MatcherSide;
  chromium: MatcherSide;
}

/** A dictionary with its serialized matcher (the real one as the build wrote it). */
export interface MatcherInput {
  dictionary: BenchDictionary;
  json: string;
  /**
   * Without the regular expressions a small dictionary ships (name-starts.ts, prefilter.ts), so the
   * automaton reads every character, as it does for any dictionary over 256 first words: what the
   * issue's "cost per character must not grow with the number of names" compares.
   */
  automatonOnly?: boolean;
}

/**
 * Throughput is the best of this many rounds, the dictionaries taking turns: the machine's host can
 * slow every round for seconds at a time, and three rounds were once not enough to see past it
 * (docs/benchmark.md, "Decisions behind the code").
 */
export const ROUNDS = 5;

/** A text holding one of the dictionary's names. */
const sampleOf = (dictionary: BenchDictionary) => `the ${dictionary.patterns[0]?.text ?? ''} case`;
const MIN_MS = 300;
const WARM_UP_MS = 300;

type Speed = { mbPerSecond: number; mentions: number };
const faster = (a: Speed | undefined, b: Speed) => (a && a.mbPerSecond >= b.mbPerSecond ? a : b);

function measureInNode(inputs: MatcherInput[], blocks: string[]): MatcherSide[] {
  const loaded = inputs.map(({ dictionary, json }) => {
    const buildStart = performance.now();
    compileMatcher(dictionary.patterns);
    const buildMs = performance.now() - buildStart;
    const before = heapInUse();
    const loadStart = performance.now();
    const matcher = loadMatcher(JSON.parse(json));
    // The automaton is decoded on first use: a first name found makes the matcher ready.
    matcher.findAll(sampleOf(dictionary));
    const loadMs = performance.now() - loadStart;
    return { matcher, buildMs, loadMs, memoryBytes: heapInUse() - before };
  });
  const best: (Speed | undefined)[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    loaded.forEach(({ matcher }, i) => {
      best[i] = faster(best[i], matcherThroughput(matcher, blocks, MIN_MS, round === 0 ? WARM_UP_MS : 0));
    });
  }
  return loaded.map(({ buildMs, loadMs, memoryBytes }, i) => ({
    buildMs,
    loadMs,
    memoryBytes,
    ...(best[i] as Speed),
  }));
}

async function measureInChromium(
  chromium: { browser: Browser; url: string; script: string },
  inputs: MatcherInput[],
  blocks: string[],
): Promise<MatcherSide[]> {
  const page = await chromium.browser.newPage();
  try {
    await page.goto(chromium.url);
    await page.addScriptTag({ content: chromium.script });
    const loaded: Omit<MatcherSide, keyof Speed>[] = [];
    for (const [i, { dictionary, json }] of inputs.entries()) {
      const build = await page.evaluate(
        (p: MatcherPattern[]) => (window as unknown as BenchWindow).benchPage.compileMatcher(p),
        dictionary.patterns,
      );
      const before = await heapAfterGc(page);
      const load = await page.evaluate(
        (key, j, sample) => (window as unknown as BenchWindow).benchPage.loadMatcher(key, j, sample),
        String(i),
        json,
        sampleOf(dictionary),
      );
      const after = await heapAfterGc(page);
      loaded.push({ buildMs: build.ms, loadMs: load.ms, memoryBytes: after.js - before.js });
    }
    const best: (Speed | undefined)[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const i of inputs.keys()) {
        const speed = await page.evaluate(
          (key, b, min, warm) =>
            (window as unknown as BenchWindow).benchPage.matcherThroughput(key, b, min, warm),
          String(i),
          blocks,
          MIN_MS,
          round === 0 ? WARM_UP_MS : 0,
        );
        best[i] = faster(best[i], speed);
      }
    }
    return loaded.map((side, i) => ({ ...side, ...(best[i] as Speed) }));
  } finally {
    await page.close();
  }
}

export async function measureMatchers(
  inputs: MatcherInput[],
  blocks: string[],
  chromium: { browser: Browser; url: string; script: string },
): Promise<MatcherResult[]> {
  const node = measureInNode(inputs, blocks);
  const inPage = await measureInChromium(chromium, inputs, blocks);
  return inputs.map(({ dictionary, json, automatonOnly = false }, i) => ({
    label: dictionary.label,
    automatonOnly,
    patterns: dictionary.patterns.length,
    jsonBytes: Buffer.byteLength(json),
    node: node[i] as MatcherSide,
    chromium: inPage[i] as MatcherSide,
  }));
}

export function serialize(patterns: readonly MatcherPattern[]): string {
  return JSON.stringify(compileMatcher(patterns));
}

/** The serialized matcher without its regular expressions: the automaton alone reads the text. */
export function automatonOnly(json: string): string {
  const { starts: _starts, prefilter: _prefilter, ...rest } = JSON.parse(json) as Record<string, unknown>;
  return JSON.stringify(rest);
}
