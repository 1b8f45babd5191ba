/**
 * What one activation matches and shows: the bundled files, or, when knowledge packs are enabled, the
 * runtime the background built from them (`src/shared/pack-runtime.ts`) and the records it serves
 * (pack-records.ts). Either way the scanner and the card get the same lookups.
 */
// Text, parsed on first activation: see `src/shared/dataset.ts` for why.
import serializedMatcher from '../generated/matcher.json?raw';
import { articleById, companyById } from '../shared/dataset.ts';
import type { Article, Company, StatusLevel } from '../shared/dataset-types.ts';
import { loadMatcher, type Matcher, type SerializedMatcher } from '../shared/matcher/load.ts';
import { askBackground } from '../shared/messages.ts';
import { levelLookup, type PackRuntime, scanRevisionOf } from '../shared/pack-runtime.ts';
import type { MentionIndex } from './mention-index.ts';
import { startPackRecords } from './pack-records.ts';

export interface LensData {
  matcher: Matcher;
  companyLevel(id: string): StatusLevel;
  companyById(id: string): Company | undefined;
  articleById(id: string): Article | undefined;
  /** For records that may not be here yet: fetches one. */
  loadCompany?(id: string): Promise<Company | undefined>;
  /** Fetches the records of the companies the scanner finds, as it finds them. */
  followMentions(index: MentionIndex, signal: AbortSignal): void;
  /** The packs' records changed, not the scan: asks for them again (pack-records.ts). */
  refreshRecords(): void;
  /** Calls `listener` once refreshed records are here, until `signal` aborts. */
  watchRecords?(listener: () => void, signal: AbortSignal): void;
}

// Built on first use only: a page where we are switched off pays nothing for the matcher.
let bundledMatcher: Matcher | undefined;
let packMatcher: { key: string | SerializedMatcher; matcher: Matcher } | undefined;

const bundledLevel = (id: string): StatusLevel => companyById(id)?.status.level ?? 'none';

/**
 * The runtime's matcher, or the frame's own (`page`), decoded once: a frame's own grows as its page
 * names more pack companies (page-dictionary.ts), and each one is a new value.
 */
export function packMatcherFor(runtime: PackRuntime, page: SerializedMatcher | undefined): Matcher {
  const key = page ?? scanRevisionOf(runtime);
  if (packMatcher?.key !== key) packMatcher = { key, matcher: loadMatcher(page ?? runtime.matcher) };
  return packMatcher.matcher;
}

/**
 * `page`: the frame's own matcher where the packs are too large for the runtime's (page-dictionary.ts);
 * it replaces the runtime's, which then holds the bundled names only.
 */
export function lensData(
  runtime: PackRuntime | undefined,
  page: SerializedMatcher | undefined,
  signal: AbortSignal,
): LensData {
  if (!runtime) {
    bundledMatcher ??= loadMatcher(JSON.parse(serializedMatcher));
    return {
      matcher: bundledMatcher,
      companyLevel: bundledLevel,
      companyById,
      articleById,
      followMentions: () => {},
      refreshRecords: () => {},
    };
  }
  const matcher = packMatcherFor(runtime, page);
  const records = startPackRecords((ids) => askBackground({ type: 'get-companies', ids }), signal);
  return {
    matcher,
    companyLevel: levelLookup(runtime.levels),
    companyById: records.companyById,
    articleById: records.articleById,
    loadCompany: records.load,
    followMentions(index, signal) {
      index.onChange(() => records.prefetch(index.countsByCompany().keys()), signal);
    },
    refreshRecords: () => void records.refresh().catch(() => {}),
    watchRecords: records.watch,
  };
}
