/**
 * The merged company records of the enabled packs (docs/dataset.md#knowledge-packs-in-the-extension),
 * in IndexedDB of the extension's origin: written by the background after it merges the packs, read
 * by it to answer a tab's `get-companies`, and by the popup. Kept in IndexedDB rather than in the
 * background's memory so that a restarted service worker answers at once, without merging again.
 * https://developer.chrome.com/docs/extensions/develop/concepts/service-workers/lifecycle
 *
 * Records are kept in buckets of about `PER_BUCKET`, by a hash of their id, not one value each: a
 * transaction of 100,000 puts took seconds to commit in Chrome, and the rebuild after every change of
 * the packs writes them all (docs/packs-at-scale.md, "Import to marked").
 */

import type { Article, Company } from './dataset-types.ts';
import { bucketOf } from './id-bucket.ts';
import { requestDone, transactionDone } from './idb-promises.ts';
import type { SerializedMatcher } from './matcher/serialized-matcher.ts';

const DB_NAME = 'company-lens-records';
// 2: buckets of records instead of one record a value.
const DB_VERSION = 2;
const COMPANIES = 'companies';
const ARTICLES = 'articles';
const META = 'meta';
const PER_BUCKET = 64;

function buckets<T extends { id: string }>(records: readonly T[]): T[][] {
  const all: T[][] = Array.from({ length: Math.max(1, Math.ceil(records.length / PER_BUCKET)) }, () => []);
  for (const record of records) all[bucketOf(record.id, all.length)]?.push(record);
  return all;
}

type BucketCounts = Record<typeof COMPANIES | typeof ARTICLES, number>;

export interface CompanyRecords {
  /** The companies asked for (unknown ids left out), their parents, and the articles their facts cite. */
  get(ids: readonly string[]): Promise<{ companies: Company[]; articles: Article[] }>;
  /** The revision of the pack runtime these records belong to. */
  revision(): Promise<string | undefined>;
  /** The matcher of every alias, kept here when it is too large for the runtime (see `pageMatcher`). */
  fullMatcher(): Promise<SerializedMatcher | undefined>;
  /** Replaces every record (and the full matcher, if given), in one transaction. */
  replace(
    revision: string,
    companies: readonly Company[],
    articles: readonly Article[],
    fullMatcher?: SerializedMatcher,
  ): Promise<void>;
  clear(): Promise<void>;
  close(): void;
}

export async function openCompanyRecords(factory: IDBFactory = indexedDB): Promise<CompanyRecords> {
  const request = factory.open(DB_NAME, DB_VERSION);
  request.onupgradeneeded = () => {
    const db = request.result;
    // Records of an older layout are dropped: the background rebuilds them, as their revision is gone.
    for (const name of [...db.objectStoreNames]) db.deleteObjectStore(name);
    for (const name of [COMPANIES, ARTICLES, META]) db.createObjectStore(name);
  };
  const db = await requestDone(request);
  const writeAll = async (
    revision: string | undefined,
    companies: readonly Company[],
    articles: readonly Article[],
    fullMatcher?: SerializedMatcher,
  ) => {
    const tx = db.transaction([COMPANIES, ARTICLES, META], 'readwrite');
    const written = transactionDone(tx, 'records');
    for (const name of [COMPANIES, ARTICLES, META]) tx.objectStore(name).clear();
    const companyBuckets = buckets(companies);
    const articleBuckets = buckets(articles);
    for (const [at, bucket] of companyBuckets.entries()) tx.objectStore(COMPANIES).put(bucket, at);
    for (const [at, bucket] of articleBuckets.entries()) tx.objectStore(ARTICLES).put(bucket, at);
    const counts: BucketCounts = { [COMPANIES]: companyBuckets.length, [ARTICLES]: articleBuckets.length };
    tx.objectStore(META).put(counts, 'buckets');
    if (revision !== undefined) tx.objectStore(META).put(revision, 'revision');
    if (fullMatcher) tx.objectStore(META).put(fullMatcher, 'matcher');
    await written;
  };
  return {
    async get(ids) {
      // One transaction per round of reads: a transaction does not outlive the task that awaits it.
      const counts = (await requestDone(db.transaction(META, 'readonly').objectStore(META).get('buckets'))) as
        | BucketCounts
        | undefined;
      const readAll = async <T extends { id: string }>(store: keyof BucketCounts, keys: Iterable<string>) => {
        const wanted = new Set(keys);
        if (!counts || wanted.size === 0) return [];
        const objects = db.transaction(store, 'readonly').objectStore(store);
        const at = new Set([...wanted].map((id) => bucketOf(id, counts[store])));
        const read = (await Promise.all([...at].map((key) => requestDone(objects.get(key))))) as (
          | T[]
          | undefined
        )[];
        const byId = new Map(read.flatMap((bucket) => bucket ?? []).map((record) => [record.id, record]));
        return [...wanted].flatMap((id) => byId.get(id) ?? []);
      };
      const companies = await readAll<Company>(COMPANIES, ids);
      const have = new Set(companies.map((c) => c.id));
      const parents = companies.flatMap((c) =>
        c.parentId === null || have.has(c.parentId) ? [] : [c.parentId],
      );
      if (parents.length > 0) companies.push(...(await readAll<Company>(COMPANIES, parents)));
      const articles = await readAll<Article>(
        ARTICLES,
        companies.flatMap((c) => c.facts.map((f) => f.articleId)),
      );
      return { companies, articles };
    },
    async revision() {
      const tx = db.transaction(META, 'readonly');
      return (await requestDone(tx.objectStore(META).get('revision'))) as string | undefined;
    },
    async fullMatcher() {
      const tx = db.transaction(META, 'readonly');
      return (await requestDone(tx.objectStore(META).get('matcher'))) as SerializedMatcher | undefined;
    },
    replace: (revision, companies, articles, fullMatcher) =>
      writeAll(revision, companies, articles, fullMatcher),
    clear: () => writeAll(undefined, [], []),
    close: () => db.close(),
  };
}
