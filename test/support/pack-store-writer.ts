/**
 * Puts knowledge packs into the extension's pack store the way the options page does, from one of
 * its own pages (the store is IndexedDB of the extension's origin): each pack with its summary, its
 * aliases and its articles in one transaction, under the store's own names, then a bump of
 * `PACKS_REVISION_KEY` so the background rebuilds. Functions passed to `evaluate` are arrow functions: tsx's keepNames breaks named ones.
 */
import type { Page } from 'puppeteer-core';
import type { Browser as ExtensionApi } from 'webextension-polyfill';
import type { Pack } from '../../src/shared/pack/pack-schema.ts';
import {
  aliasesText,
  articleRecords,
  PACK_STORE_NAMES,
  PACKS_REVISION_KEY,
  summarizePack,
} from '../../src/shared/pack-store.ts';

interface ExtensionGlobals {
  browser?: ExtensionApi;
  chrome: ExtensionApi;
}

type Change = { put: Pack; enabled: boolean } | { setEnabled: string; enabled: boolean } | { remove: string };

/** Applies `change` to the store in `extensionPage` (options or popup opened as a tab) and bumps the revision. */
export async function changePackStore(extensionPage: Page, change: Change): Promise<void> {
  const summary =
    'put' in change
      ? summarizePack(change.put, { enabled: change.enabled, importedAt: new Date().toISOString() })
      : null;
  const aliasesJson = 'put' in change ? aliasesText(change.put) : null;
  const articles = 'put' in change ? articleRecords(change.put) : [];
  await extensionPage.evaluate(
    async (names, revisionKey, change, summary, aliasesJson, articles) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(names.db, names.version);
        request.onupgradeneeded = () => {
          const created = request.result;
          if (!created.objectStoreNames.contains(names.packs)) created.createObjectStore(names.packs);
          if (!created.objectStoreNames.contains(names.summaries))
            created.createObjectStore(names.summaries, { keyPath: 'id' });
          if (!created.objectStoreNames.contains(names.aliases)) created.createObjectStore(names.aliases);
          if (!created.objectStoreNames.contains(names.articles)) created.createObjectStore(names.articles);
        };
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction([names.packs, names.summaries, names.aliases, names.articles], 'readwrite');
      const packs = tx.objectStore(names.packs);
      const summaries = tx.objectStore(names.summaries);
      const aliases = tx.objectStore(names.aliases);
      const ofPack = (id: string) => IDBKeyRange.bound([id], [id, []]);
      if ('put' in change && summary) {
        const id = change.put.header.id;
        packs.put(change.put, id);
        summaries.put(summary);
        aliases.put(aliasesJson, id);
        tx.objectStore(names.articles).delete(ofPack(id));
        for (const [bucket, text] of articles) tx.objectStore(names.articles).put(text, [id, bucket]);
      } else if ('setEnabled' in change) {
        const request = summaries.get(change.setEnabled);
        request.onsuccess = () => summaries.put({ ...request.result, enabled: change.enabled });
      } else if ('remove' in change) {
        packs.delete(change.remove);
        summaries.delete(change.remove);
        aliases.delete(change.remove);
        tx.objectStore(names.articles).delete(ofPack(change.remove));
      }
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onabort = () => reject(tx.error);
      });
      db.close();
      const api =
        (globalThis as unknown as ExtensionGlobals).browser ??
        (globalThis as unknown as ExtensionGlobals).chrome;
      const before = (await api.storage.local.get(revisionKey))[revisionKey];
      await api.storage.local.set({ [revisionKey]: (typeof before === 'number' ? before : 0) + 1 });
    },
    PACK_STORE_NAMES,
    PACKS_REVISION_KEY,
    change,
    summary,
    aliasesJson,
    articles,
  );
}
