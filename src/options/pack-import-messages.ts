import type { PackHeader } from '../shared/pack/pack-schema.ts';
import type { PackSummary } from '../shared/pack-store.ts';
import type { ImportDecision } from './import-decision.ts';

/** What the options page and `pack-import-worker.ts` say to each other: one import, or one export. */
export type ToWorker = { type: 'check'; file: File } | { type: 'store' } | { type: 'export'; id: string };

export type ImportProgress =
  | { phase: 'reading' }
  | { phase: 'checking'; done: number; total: number }
  | { phase: 'cross-checking' }
  | { phase: 'storing' }
  /** Stored: the background is building what tabs read (docs/dataset.md#knowledge-packs-in-the-extension). */
  | { phase: 'applying' };

/** A check that failed: the first errors formatted (`formatPackError`), and how many there were. */
export interface CheckFailure {
  kind: 'invalid';
  errors: string[];
  total: number;
}

export interface CheckPass {
  kind: 'checked';
  header: PackHeader;
  decision: ImportDecision;
  mergedCompanies: number;
}

export type FromWorker =
  | { type: 'progress'; progress: ImportProgress }
  | { type: 'result'; result: CheckPass | CheckFailure }
  | { type: 'stored'; summary: PackSummary }
  | { type: 'store-failed'; quota: boolean; message: string }
  | { type: 'exported'; blob: Blob }
  | { type: 'crashed'; message: string };
