/**
 * A pack's version: `MAJOR.MINOR.PATCH`, each part a whole number without leading zeros, compared
 * part by part as numbers ("1.10.0" is newer than "1.9.3"). No pre-release tags: a publisher who
 * changes a pack gives it a higher version, and import uses the order to update in place or to ask
 * before an older version replaces a newer one (docs/dataset.md#knowledge-packs).
 */
export const PACK_VERSION = /^(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})$/;

/** Negative when `a` is older than `b`, zero when equal, positive when newer. Both must match `PACK_VERSION`. */
export function comparePackVersions(a: string, b: string): number {
  const partsA = a.split('.').map(Number);
  const partsB = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const difference = (partsA[i] ?? 0) - (partsB[i] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}
