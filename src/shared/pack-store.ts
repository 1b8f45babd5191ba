/**
 * The imported knowledge packs, in IndexedDB of the extension's own origin, shared by the options
 * page (which imports, switches and removes packs) and the background (which compiles what the tabs
 * use). IndexedDB rather than `storage.local`: a pack of 100,000 companies is tens of MB, beyond
 * `storage.local`'s quota without the `unlimitedStorage` permission.
 * https://developer.chrome.com/docs/extensions/reference/api/storage#property-local
 *
 * A pack is stored whole in `packs`, and a small summary of it in `summaries`, both in one
 * transaction: listing packs never loads their text, and an import that fails or is interrupted
 * (the page closed) leaves nothing half-written, as IndexedDB aborts an unfinished transaction.
 * https://w3c.github.io/IndexedDB/#transaction-lifetime
 *
 * Each pack's aliases are kept apart too, in `aliases`, written in the same transaction: an import
 * checks its aliases against every other pack's, and reading a pack of 100,000 companies whole for
 * that took about a second and hundreds of MB (docs/packs-at-scale.md, "Import to marked"). As JSON
 * text: one string is cloned in and out of IndexedDB far faster than 100,000 small objects.
 *
 * Its articles are kept apart as well, with the facts that cite them, in `articles`: the source
 * reader shows one article, and reading a large pack whole for it took a second. In a fixed number
 * of buckets per pack, `[pack id, bucket]`, by a hash of the article id: a record per article made
 * the import of a pack of many articles twice as long. Figures: docs/dataset.md, "namespaced ids".
 */

import { bucketOf } from './id-bucket.ts';
import { requestDone, transactionDone } from './idb-promises.ts';
import type { Pack, PackArticle, PackHeader } from './pack/pack-schema.ts';

const DB_NAME = 'company-lens-packs';
// 2: `aliases`, 3: `articles`, each filled from the stored packs on upgrade.
const DB_VERSION = 3;
const PACKS = 'packs';
const SUMMARIES = 'summaries';
const ALIASES = 'aliases';
const ARTICLES = 'articles';

/** The database's names, for tests that fill it from an extension page without our code. */
export const PACK_STORE_NAMES = {
  db: DB_NAME,
  version: DB_VERSION,
  packs: PACKS,
  summaries: SUMMARIES,
  aliases: ALIASES,
  articles: ARTICLES,
};

/**
 * The `storage.local` key the options page bumps after any change to the store, so that the
 * background (and anything else) learns of it through `storage.onChanged`, which IndexedDB lacks.
 */
export const PACKS_REVISION_KEY = 'packs-revision';

export interface PackSummary {
  id: string;
  header: PackHeader;
  enabled: boolean;
  /** When this version was imported (ISO 8601). */
  importedAt: string;
  companyCount: number;
  factCount: number;
  /** The oldest and newest fact dates (`FuzzyDate.value`), or null for a pack without facts. */
  dateRange: { from: string; to: string } | null;
}

/** A stored pack's name and its companies' aliases, what the cross-pack alias check needs of it. */
export interface PackAliases {
  name: string;
  companies: Pick<Pack['companies'][number], 'id' | 'aliases'>[];
}

type PackFact = Pack['companies'][number]['facts'][number];

/** One article of a stored pack, with the facts that cite it: what the source reader shows. */
export interface StoredArticle {
  packName: string;
  article: PackArticle;
  facts: PackFact[];
}

/** What one record of `articles` holds: some of a pack's articles, by id. */
interface ArticleBucket {
  packName: string;
  articles: [string, Omit<StoredArticle, 'packName'>][];
}

/** Buckets per pack: a few articles each for most packs, about a hundred for one of 100,000. */
const ARTICLE_BUCKETS = 1024;

/** Which of its pack's buckets holds an article. */
export const articleBucket = (articleId: string): number => bucketOf(articleId, ARTICLE_BUCKETS);

export interface PackStore {
  /** Every stored pack's summary, by name. */
  list(): Promise<PackSummary[]>;
  get(id: string): Promise<Pack | undefined>;
  /** A stored pack's aliases without reading the pack (the pack itself for one stored without them). */
  aliases(id: string): Promise<PackAliases | undefined>;
  /** One article of a stored pack, with the facts that cite it, without reading the pack. */
  article(packId: string, articleId: string): Promise<StoredArticle | undefined>;
  /** Stores a checked pack (replacing one with the same id) with its summary, in one transaction. */
  put(pack: Pack, options: { enabled: boolean; importedAt: string }): Promise<PackSummary>;
  setEnabled(id: string, enabled: boolean): Promise<void>;
  remove(id: string): Promise<void>;
  close(): void;
}

export function summarizePack(pack: Pack, options: { enabled: boolean; importedAt: string }): PackSummary {
  let factCount = 0;
  let from: string | null = null;
  let to: string | null = null;
  for (const company of pack.companies) {
    for (const fact of company.facts) {
      factCount++;
      const value = fact.date.value;
      if (from === null || value < from) from = value;
      if (to === null || value > to) to = value;
    }
  }
  return {
    id: pack.header.id,
    header: pack.header,
    enabled: options.enabled,
    importedAt: options.importedAt,
    companyCount: pack.companies.length,
    factCount,
    dateRange: from === null || to === null ? null : { from, to },
  };
}

function aliasesOf(pack: Pack): PackAliases {
  return {
    name: pack.header.name,
    companies: pack.companies.map(({ id, aliases }) => ({ id, aliases })),
  };
}

/** What `articles` holds for a pack: each non-empty bucket, as JSON text (`ArticleBucket`). */
export function articleRecords(pack: Pack): [number, string][] {
  const facts = new Map<string, PackFact[]>();
  for (const company of pack.companies) {
    for (const fact of company.facts) {
      const list = facts.get(fact.article);
      if (list) list.push(fact);
      else facts.set(fact.article, [fact]);
    }
  }
  const buckets = new Map<number, ArticleBucket>();
  for (const article of pack.articles) {
    const at = articleBucket(article.id);
    let bucket = buckets.get(at);
    if (!bucket) {
      bucket = { packName: pack.header.name, articles: [] };
      buckets.set(at, bucket);
    }
    bucket.articles.push([article.id, { article, facts: facts.get(article.id) ?? [] }]);
  }
  return [...buckets].map(([at, bucket]) => [at, JSON.stringify(bucket)]);
}

function articleIn(bucketText: string, articleId: string): StoredArticle | undefined {
  const bucket = JSON.parse(bucketText) as ArticleBucket;
  const found = bucket.articles.find(([id]) => id === articleId);
  return found && { packName: bucket.packName, ...found[1] };
}

/** Every key of one pack's articles: `[id, anything]` sorts between `[id]` and `[id, []]`. */
const articlesOfPack = (id: string) => IDBKeyRange.bound([id], [id, []]);

function putArticles(store: IDBObjectStore, pack: Pack): void {
  for (const [bucket, text] of articleRecords(pack)) store.put(text, [pack.header.id, bucket]);
}

/** What `aliases` holds for a pack: `PackAliases` as JSON. */
export function aliasesText(pack: Pack): string {
  return JSON.stringify(aliasesOf(pack));
}

export async function openPackStore(factory: IDBFactory = indexedDB): Promise<PackStore> {
  const request = factory.open(DB_NAME, DB_VERSION);
  request.onupgradeneeded = () => {
    const db = request.result;
    if (!db.objectStoreNames.contains(PACKS)) db.createObjectStore(PACKS);
    if (!db.objectStoreNames.contains(SUMMARIES)) db.createObjectStore(SUMMARIES, { keyPath: 'id' });
    const aliases = db.objectStoreNames.contains(ALIASES) ? undefined : db.createObjectStore(ALIASES);
    const articles = db.objectStoreNames.contains(ARTICLES) ? undefined : db.createObjectStore(ARTICLES);
    if (!aliases && !articles) return;
    // Packs stored before there were such stores, in the upgrade's own transaction.
    const cursor = (request.transaction as IDBTransaction).objectStore(PACKS).openCursor();
    cursor.onsuccess = () => {
      const at = cursor.result;
      if (!at) return;
      const pack = at.value as Pack;
      aliases?.put(aliasesText(pack), at.key);
      if (articles) putArticles(articles, pack);
      at.continue();
    };
  };
  const db = await requestDone(request);
  const get = async (id: string) => {
    const tx = db.transaction(PACKS, 'readonly');
    return (await requestDone(tx.objectStore(PACKS).get(id))) as Pack | undefined;
  };
  return {
    async list() {
      const tx = db.transaction(SUMMARIES, 'readonly');
      const all = (await requestDone(tx.objectStore(SUMMARIES).getAll())) as PackSummary[];
      return all.sort((a, b) => a.header.name.localeCompare(b.header.name) || a.id.localeCompare(b.id));
    },
    get,
    async aliases(id) {
      const tx = db.transaction(ALIASES, 'readonly');
      const kept = (await requestDone(tx.objectStore(ALIASES).get(id))) as string | undefined;
      if (kept !== undefined) return JSON.parse(kept) as PackAliases;
      // Written by something other than `put` (a test's own writer): read the pack itself.
      const pack = await get(id);
      return pack && aliasesOf(pack);
    },
    async article(packId, articleId) {
      const tx = db.transaction(ARTICLES, 'readonly');
      const key = [packId, articleBucket(articleId)];
      const kept = (await requestDone(tx.objectStore(ARTICLES).get(key))) as string | undefined;
      return kept === undefined ? undefined : articleIn(kept, articleId);
    },
    async put(pack, options) {
      const summary = summarizePack(pack, options);
      const tx = db.transaction([PACKS, SUMMARIES, ALIASES, ARTICLES], 'readwrite');
      const written = transactionDone(tx, 'pack store');
      try {
        tx.objectStore(PACKS).put(pack, pack.header.id);
        tx.objectStore(SUMMARIES).put(summary);
        tx.objectStore(ALIASES).put(aliasesText(pack), pack.header.id);
        // The version it replaces may have had articles this one has not.
        tx.objectStore(ARTICLES).delete(articlesOfPack(pack.header.id));
        putArticles(tx.objectStore(ARTICLES), pack);
      } catch (error) {
        // A value that cannot be cloned throws here, synchronously: abort so that neither half lands.
        tx.abort();
        await written.catch(() => {});
        throw error;
      }
      await written;
      return summary;
    },
    async setEnabled(id, enabled) {
      const tx = db.transaction(SUMMARIES, 'readwrite');
      const store = tx.objectStore(SUMMARIES);
      const summary = (await requestDone(store.get(id))) as PackSummary | undefined;
      if (!summary) throw new Error(`No pack "${id}" is stored`);
      store.put({ ...summary, enabled });
      await transactionDone(tx, 'pack store');
    },
    async remove(id) {
      const tx = db.transaction([PACKS, SUMMARIES, ALIASES, ARTICLES], 'readwrite');
      tx.objectStore(PACKS).delete(id);
      tx.objectStore(SUMMARIES).delete(id);
      tx.objectStore(ALIASES).delete(id);
      tx.objectStore(ARTICLES).delete(articlesOfPack(id));
      await transactionDone(tx, 'pack store');
    },
    close: () => db.close(),
  };
}
