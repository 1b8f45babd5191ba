/** Everything one bench run measured: written to `artifacts/bench.json` and rendered as tables. */
import type { MachineInfo } from './machine-info.ts';
import type { FirefoxTicks } from './measure-firefox-ticks.ts';
import type { BatchCost } from './measure-infinite-scroll.ts';
import type { MatcherResult } from './measure-matcher.ts';
import type { OurPageResult } from './measure-ours.ts';
import type { PageAlone } from './measure-page-alone.ts';

export type MedianResult = OurPageResult & { runsMs: number[] };

export interface PageResult {
  name: string;
  /** A generated page (no script of its own): timed without the sampling profiler. */
  generated: boolean;
  /** Frames the page loads, itself included. */
  frames: number;
  htmlBytes: number | undefined;
  /** Our median run (by main-thread time); `ours.runsMs` has every run's main-thread time. */
  ours: MedianResult;
  /** Our longest task in every run, in the order run. */
  longestTaskRunsMs: number[];
  /** The reference extensions (reference-extension.ts), measured like us, taking turns with us. */
  emptyScript: MedianResult;
  floorScript: MedianResult;
  regexScript: MedianResult;
  markJsScript: MedianResult;
  /** The page in a browser without extensions: heap and text size. */
  alone: PageAlone;
  /** Our heap minus the same page's heap without the extension, after a GC. */
  jsHeapAddedBytes: number;
  domHeapAddedBytes: number;
}

export interface TargetVerdict {
  target: string;
  measured: string;
  met: boolean;
}

export interface FirstMarks {
  page: string;
  /** Median, ms from `load` to the first frame with a mark. */
  ms: number;
  runsMs: number[];
}

export interface StartupProfile {
  page: string;
  loads: number;
  /** Our main-thread time in the same loads without the profiler (median), to scale the shares to. */
  unprofiledMs: number;
  /** Per load: profiler samples per `script: module`, ms, largest first. */
  modules: { label: string; ms: number }[];
  /** Per load: the EvaluateScript events of each of our scripts, ms. */
  evaluation: { script: string; ms: number }[];
  /** Per load: our main-thread time under the profiler. */
  profiledMs: number;
}

export interface BenchResults {
  machine: MachineInfo;
  /** Whether the run was `--all` (every fixture, the 10 MB article, the matcher). */
  all: boolean;
  pages: PageResult[];
  firstMarks: FirstMarks[];
  matcher: MatcherResult[];
  infiniteScroll: BatchCost[];
  /** The plain page's, and the 6 KB article's (where the lens loads). */
  startupProfiles: StartupProfile[];
  firefox: { version: string; results: FirefoxTicks[] } | undefined;
  targets: TargetVerdict[];
  durationSeconds: number;
}
