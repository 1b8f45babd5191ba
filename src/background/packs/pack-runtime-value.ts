/**
 * What tabs get of the merged packs (see `src/shared/pack-runtime.ts`): the matcher compiled over
 * every alias, and the level of each company that has one.
 */
import { compileMatcher } from '../../shared/matcher/compile.ts';
import type { PackRuntime } from '../../shared/pack-runtime.ts';
import type { MergedPacks } from './merge-packs.ts';

export function levelsOf(companies: MergedPacks['companies']): PackRuntime['levels'] {
  const ids = (level: string) =>
    companies
      .filter((company) => company.status.level === level)
      .map((company) => company.id)
      .join('\n');
  return { restricted: ids('restricted'), contested: ids('contested') };
}

export function packRuntimeValue(merged: MergedPacks, revision: string, packsRevision: unknown): PackRuntime {
  return {
    revision,
    packsRevision,
    matcher: compileMatcher(merged.patterns),
    levels: levelsOf(merged.companies),
  };
}

/**
 * A digest of the names tabs scan for, the full matcher (before a per-page runtime replaces it):
 * equal for two rebuilds that changed records or levels only, so tabs keep their scan and recolour
 * their marks in place (`scanRevision` in pack-runtime.ts).
 */
export async function scanDigest(runtime: PackRuntime): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(runtime.matcher));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest.slice(0, 12)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The most a runtime whose matcher every frame holds may weigh, as JSON. Every frame of every tab
 * reads it at its start and decodes the matcher on its first text, at a cost in heap and main thread
 * that grows with it; past this, frames get a dictionary per page instead (`perPage`)
 * (docs/dataset.md#knowledge-packs-in-the-extension, figures in docs/benchmark.md#knowledge-packs).
 */
export const MAX_SHARED_RUNTIME_BYTES = 512 * 1024;

/**
 * The most any runtime may weigh, as JSON: under Chrome's `storage.local` quota without the
 * `unlimitedStorage` permission (which we do not ask for), with room for our other keys.
 * https://developer.chrome.com/docs/extensions/reference/api/storage#property-local-QUOTA_BYTES
 */
export const MAX_RUNTIME_BYTES = 9 * 1024 * 1024;

/** The size Chrome counts against the quota: the key plus the value's JSON, in UTF-8 bytes. */
export function runtimeBytes(key: string, runtime: PackRuntime): number {
  return new TextEncoder().encode(key + JSON.stringify(runtime)).length;
}

/**
 * Whether `runtimeBytes` is over `max`, without writing tens of MB of JSON to learn that a large
 * matcher is: its base64 arrays alone (one byte a character) are a lower bound.
 */
export function isRuntimeOver(key: string, runtime: PackRuntime, max: number): boolean {
  const { edgeStart, edgeSymbols, fail, outStart, outPatterns } = runtime.matcher;
  const arrays = edgeStart.length + edgeSymbols.length + fail.length + outStart.length + outPatterns.length;
  return arrays > max || runtimeBytes(key, runtime) > max;
}
