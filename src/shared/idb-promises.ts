/**
 * IndexedDB's requests and transactions as promises, for the two stores of ours that use it
 * (`pack-store.ts`, `company-records.ts`). No library for these few lines.
 * https://w3c.github.io/IndexedDB/#request-api
 */

/** The request's result once it succeeds. */
export const requestDone = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

/** Resolves when the transaction commits; rejects when it aborts, so a failed write is never taken for done. */
export const transactionDone = (tx: IDBTransaction, what: string): Promise<void> =>
  new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error(`The ${what} transaction was aborted`));
    tx.onerror = () => reject(tx.error);
  });
