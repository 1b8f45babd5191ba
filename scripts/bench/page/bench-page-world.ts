// Page-world bundle entry: wiring only. Bundled by ../page-bundle.ts and injected with addScriptTag.
import { floorWalk } from './floor-walk.ts';
import { markJs } from './mark-js-run.ts';
import { throughput, timedCompile, timedLoad } from './matcher-timing.ts';
import type { BenchPageApi, BenchWindow } from './page-api.ts';
import { regexScan } from './regex-scanner.ts';

const api: BenchPageApi = {
  floorWalk,
  regexScan,
  markJs,
  compileMatcher: timedCompile,
  loadMatcher: timedLoad,
  matcherThroughput: throughput,
};
(window as unknown as BenchWindow).benchPage = api;
