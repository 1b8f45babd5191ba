/**
 * Which of `count` buckets an id goes in: FNV-1a of its UTF-16 code units
 * (https://www.ietf.org/archive/id/draft-eastlake-fnv-21.html). The stores that keep records in
 * buckets (company-records.ts, pack-store.ts) find one again from its id alone.
 */
export function bucketOf(id: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % count;
}
