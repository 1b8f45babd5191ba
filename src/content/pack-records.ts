/**
 * The company records a tab shows when knowledge packs are enabled: asked of the background
 * (`get-companies`), which holds the merged records of every pack, and kept for the activation. The
 * companies found on the page are fetched as they are found, in batches, so that a hover finds its
 * record already here; one not here yet is fetched then, and the card opens when it arrives.
 * A new runtime revision that leaves the scan as it was (only records changed, e.g. a note edited
 * from the card) refreshes the records held, and tells the card (`refresh`, `watch`).
 */
import type { Article, Company } from '../shared/dataset-types.ts';
import { type BackgroundResponses, MAX_COMPANIES_PER_REQUEST } from '../shared/messages.ts';

type Ask = (ids: string[]) => Promise<BackgroundResponses['get-companies']>;

export interface PackRecords {
  companyById(id: string): Company | undefined;
  articleById(id: string): Article | undefined;
  /** Fetches, in one batch per task, the records of `ids` not asked for yet. */
  prefetch(ids: Iterable<string>): void;
  /** The record of `id`, fetched if need be; undefined when the packs have none. */
  load(id: string): Promise<Company | undefined>;
  /** Asks again for every record held (the packs' records changed), then tells the watchers. */
  refresh(): Promise<void>;
  /** Calls `listener` after each refresh until `signal` aborts. */
  watch(listener: () => void, signal: AbortSignal): void;
}

export function startPackRecords(ask: Ask, signal: AbortSignal): PackRecords {
  const companies = new Map<string, Company>();
  const articles = new Map<string, Article>();
  const asked = new Map<string, Promise<void>>();
  let batch: { ids: string[]; done: Promise<void> } | undefined;
  const watchers = new Set<() => void>();
  // Only the newest of overlapping refreshes is applied.
  let refreshes = 0;

  const fetchBatch = async (ids: string[]) => {
    for (let at = 0; at < ids.length; at += MAX_COMPANIES_PER_REQUEST) {
      const answer = await ask(ids.slice(at, at + MAX_COMPANIES_PER_REQUEST));
      if (signal.aborted) return;
      for (const company of answer.companies) companies.set(company.id, company);
      for (const article of answer.articles) articles.set(article.id, article);
    }
  };

  const request = (id: string): Promise<void> => {
    const pending = asked.get(id);
    if (pending) return pending;
    if (!batch) {
      const ids: string[] = [];
      // Sent once the current task has found what it finds: one message for a slice's new companies.
      const done = Promise.resolve().then(() => {
        batch = undefined;
        return fetchBatch(ids);
      });
      batch = { ids, done };
    }
    batch.ids.push(id);
    const done = batch.done.catch(() => {
      // A failed request (the background restarting) is asked again next time.
      asked.delete(id);
    });
    asked.set(id, done);
    return done;
  };

  return {
    companyById: (id) => companies.get(id),
    articleById: (id) => articles.get(id),
    prefetch(ids) {
      if (signal.aborted) return;
      for (const id of ids) if (!companies.has(id)) void request(id);
    },
    async load(id) {
      if (!companies.has(id) && !signal.aborted) await request(id);
      return companies.get(id);
    },
    async refresh() {
      const run = ++refreshes;
      const ids = [...companies.keys()];
      const fresh = new Map<string, Company>();
      const freshArticles: Article[] = [];
      for (let at = 0; at < ids.length; at += MAX_COMPANIES_PER_REQUEST) {
        const answer = await ask(ids.slice(at, at + MAX_COMPANIES_PER_REQUEST));
        for (const company of answer.companies) fresh.set(company.id, company);
        freshArticles.push(...answer.articles);
      }
      if (signal.aborted || run !== refreshes) return;
      // A company the packs no longer hold goes; an id never found is asked again when next needed.
      for (const id of ids) if (!fresh.has(id)) companies.delete(id);
      for (const [id, company] of fresh) companies.set(id, company);
      for (const article of freshArticles) articles.set(article.id, article);
      asked.clear();
      for (const listener of watchers) listener();
    },
    watch(listener, signal) {
      watchers.add(listener);
      signal.addEventListener('abort', () => watchers.delete(listener), { once: true });
    },
  };
}
