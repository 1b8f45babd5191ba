// Content script of the single-regex reference extension (../reference-extension.ts): wiring only.
// The names are written in by the build (page-bundle.ts), as such an extension would carry them.
import type { MatcherPattern } from '../../../src/shared/matcher/compile.ts';
import { regexScan } from './regex-scanner.ts';
import { signalDone } from './signal-done.ts';

declare const BENCH_PATTERNS: MatcherPattern[];

regexScan(BENCH_PATTERNS);
signalDone();
