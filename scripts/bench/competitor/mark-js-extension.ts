// Content script of the mark.js reference extension (../reference-extension.ts): wiring only. It
// follows mark.js's own browser build in the same file, which defines `Mark` (page-bundle.ts).
import type { MatcherPattern } from '../../../src/shared/matcher/compile.ts';
import { markJs } from './mark-js-run.ts';
import { signalDone } from './signal-done.ts';

declare const BENCH_PATTERNS: MatcherPattern[];

markJs(BENCH_PATTERNS);
signalDone();
