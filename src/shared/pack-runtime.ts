/**
 * What a content script needs, synchronously at its start, to mark the names of the enabled knowledge
 * packs: the matcher compiled by the background over every alias, and the level of each company
 * (the scanner colours its marks by it). One `storage.local` key, written by the background after
 * every change of the packs, absent when no pack is enabled: tabs then use the bundled files as
 * before, and a plain page pays nothing for packs. Company records (facts, articles) are not here:
 * the background serves them on demand (`get-companies` in messages.ts).
 * docs/dataset.md#knowledge-packs-in-the-extension says why this route, and what it costs a tab.
 */
import * as v from 'valibot';
import { ext } from './browser.ts';
import type { StatusLevel } from './dataset-types.ts';
import type { SerializedMatcher } from './matcher/serialized-matcher.ts';

export const PACK_RUNTIME_KEY = 'packs-runtime';

export interface PackRuntime {
  /** Changes with every rebuild: a tab asks the background for its records again when it does. */
  revision: string;
  /**
   * Changes only when the packs' full matcher changes (names added or gone): a tab restarts its
   * activation on it. An edit that changes records or levels alone (a fact's summary, date, kind or
   * status level, a deleted fact of a company that stays) keeps the scan and an open card: the marks
   * take their new colours in place and the card shows the new records (`scanRevisionOf`). Absent
   * from a runtime written before it existed: `revision` then.
   */
  scanRevision?: string;
  /** The value of `PACKS_REVISION_KEY` it was built from: a restarted background need not rebuild. */
  packsRevision: unknown;
  matcher: SerializedMatcher;
  /**
   * True when the packs' matcher is too large for this key: `matcher` then holds the bundled names
   * only, and each frame asks the background (`find-companies`) for a matcher of the names its text
   * holds (docs/dataset.md#knowledge-packs-in-the-extension).
   */
  perPage?: boolean;
  /**
   * The ids of the companies whose level is not `none`, one a line per level: a string is copied into
   * each frame as it is, where an object of as many keys is built key by key, and a frame whose page
   * names no company never reads it (`levelLookup`).
   */
  levels: Record<Exclude<StatusLevel, 'none'>, string>;
}

// The background wrote it; the check only guards against a stored value of an older shape.
const PackRuntimeSchema = v.looseObject({
  revision: v.string(),
  matcher: v.looseObject({ format: v.literal('company-lens-aho-corasick'), version: v.literal(3) }),
  levels: v.object({ restricted: v.string(), contested: v.string() }),
});

function parse(raw: unknown): PackRuntime | undefined {
  return v.is(PackRuntimeSchema, raw) ? (raw as unknown as PackRuntime) : undefined;
}

/** A company's level from the runtime's `levels`, read into sets on the first question. */
export function levelLookup(levels: PackRuntime['levels']): (id: string) => StatusLevel {
  let sets: { restricted: Set<string>; contested: Set<string> } | undefined;
  return (id) => {
    sets ??= {
      restricted: new Set(levels.restricted.split('\n').filter(Boolean)),
      contested: new Set(levels.contested.split('\n').filter(Boolean)),
    };
    return sets.restricted.has(id) ? 'restricted' : sets.contested.has(id) ? 'contested' : 'none';
  };
}

/** What a tab's activation is keyed on (see `scanRevision`). */
export function scanRevisionOf(runtime: PackRuntime): string {
  return runtime.scanRevision ?? runtime.revision;
}

export async function readPackRuntime(): Promise<PackRuntime | undefined> {
  return parse((await ext.storage.local.get(PACK_RUNTIME_KEY))[PACK_RUNTIME_KEY]);
}

/** Calls `cb` with the new runtime (undefined: back to the bundled files) until `signal` aborts. */
export function watchPackRuntime(cb: (runtime: PackRuntime | undefined) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && PACK_RUNTIME_KEY in changes) cb(parse(changes[PACK_RUNTIME_KEY]?.newValue));
  };
  ext.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => ext.storage.onChanged.removeListener(listener), { once: true });
}

/**
 * Written instead of the runtime when the enabled packs together are too large for it (the options
 * page can say so); removed by the next rebuild that fits. Tabs then mark the bundled names only.
 */
export const PACK_RUNTIME_PROBLEM_KEY = 'packs-runtime-problem';

export interface PackRuntimeProblem {
  kind: 'too-large';
  packsRevision: unknown;
  /** The runtime's size as JSON, and the most it may have. */
  bytes: number;
  maxBytes: number;
}
