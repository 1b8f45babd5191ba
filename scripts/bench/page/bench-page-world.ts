// Page-world bundle entry: wiring only. Bundled by ../page-bundle.ts and injected with addScriptTag.
import { throughput, timedCompile, timedLoad } from './matcher-timing.ts';
import type { BenchPageApi, BenchWindow } from './page-api.ts';

const api: BenchPageApi = {
  compileMatcher: timedCompile,
  loadMatcher: timedLoad,
  matcherThroughput: throughput,
};
(window as unknown as BenchWindow).benchPage = api;
