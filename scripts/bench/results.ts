/** Everything one bench run measured: written to `artifacts/bench.json` and rendered as tables. */
import type { MachineInfo } from './machine-info.ts';
import type { CompetitorResult } from './measure-competitors.ts';
import type { BatchCost } from './measure-infinite-scroll.ts';
import type { MatcherResult } from './measure-matcher.ts';
import type { OurPageResult } from './measure-ours.ts';

export interface PageResult {
  name: string;
  /** Whether the page is a generated article (the pages the main-thread targets are judged on). */
  generated: boolean;
  htmlBytes: number | undefined;
  /** Our median run (by main-thread time); `ours.runsMs` has every run's main-thread time. */
  ours: OurPageResult & { runsMs: number[] };
  /** Our longest task in every run, in the order run. */
  longestTaskRunsMs: number[];
  competitors: CompetitorResult;
  /** Our heap minus the same page's heap without the extension, after a GC. */
  jsHeapAddedBytes: number;
  domHeapAddedBytes: number;
}

export interface TargetVerdict {
  target: string;
  measured: string;
  met: boolean;
}

export interface BenchResults {
  machine: MachineInfo;
  pages: PageResult[];
  matcher: MatcherResult[];
  infiniteScroll: BatchCost[];
  targets: TargetVerdict[];
  durationSeconds: number;
}
