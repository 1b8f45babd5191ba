/**
 * The merged company records of the enabled packs (docs/dataset.md#knowledge-packs-in-the-extension),
 * in IndexedDB of the extension's origin: written by the background after it merges the packs, read
 * by it to answer a tab's `get-companies`, and by the popup. Kept in IndexedDB rather than in the
 * background's memory so that a restarted service worker answers at once, without merging again.
 * https://developer.chrome.com/docs/extensions/develop/concepts/service-workers/lifecycle
 */
import type { Article, Company } from './dataset-types.ts';
import { requestDone, transactionDone } from './idb-promises.ts';
import type { SerializedMatcher } from './matcher/serialized-matcher.ts';

const DB_NAME = 'company-lens-records';
const DB_VERSION = 1;
const COMPANIES = 'companies';
const ARTICLES = 'articles';
const META = 'meta';

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
    for (const name of [COMPANIES, ARTICLES, META]) {
      if (!db.objectStoreNames.contains(name)) db.createObjectStore(name);
    }
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
    const companyStore = tx.objectStore(COMPANIES);
    for (const company of companies) companyStore.put(company, company.id);
    const articleStore = tx.objectStore(ARTICLES);
    for (const article of articles) articleStore.put(article, article.id);
    if (revision !== undefined) tx.objectStore(META).put(revision, 'revision');
    if (fullMatcher) tx.objectStore(META).put(fullMatcher, 'matcher');
    await written;
  };
  return {
    async get(ids) {
      // One transaction per round of reads: a transaction does not outlive the task that awaits it.
      const readAll = async <T>(store: string, keys: Iterable<string>) => {
        const objects = db.transaction(store, 'readonly').objectStore(store);
        const found = await Promise.all([...new Set(keys)].map((key) => requestDone(objects.get(key))));
        return found.filter((value): value is T => value !== undefined);
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
