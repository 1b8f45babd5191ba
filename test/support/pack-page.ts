/**
 * Driving the options page's Knowledge packs section from a browser test: what it lists, importing
 * by the file picker or by a drop, the outcome it shows, and the store behind it (IndexedDB of the
 * extension's origin, read and cleared from the page).
 */
import type { Page } from 'puppeteer-core';
import type { Browser as ExtensionApi } from 'webextension-polyfill';
import { PACK_STORE_NAMES } from '../../src/shared/pack-store.ts';
import { waitUntil } from './extension-state.ts';

export interface ListedPack {
  id: string;
  name: string;
  meta: string;
  counts: string;
  description: string;
  /** Null for the built-in pack, which has no switch. */
  enabled: boolean | null;
}

export function listedPacks(page: Page): Promise<ListedPack[]> {
  return page.$$eval('#pack-list > li', (items) =>
    items.map((li) => {
      const toggle = li.querySelector<HTMLInputElement>('input[role="switch"]');
      return {
        id: li.getAttribute('data-pack-id') ?? '',
        name: li.querySelector('.pack-name')?.textContent ?? '',
        meta: li.querySelector('.pack-meta')?.textContent ?? '',
        counts: li.querySelector('.pack-counts')?.textContent ?? '',
        description: li.querySelector('.pack-description')?.textContent ?? '',
        enabled: toggle ? toggle.checked : null,
      };
    }),
  );
}

/** Waits until the listed pack ids (after the built-in one) are `ids`. */
export async function waitForListed(page: Page, ids: string[]): Promise<ListedPack[]> {
  const { value } = await waitUntil(
    () => listedPacks(page),
    (packs) => packs.map((p) => p.id).join() === ['company-lens-bundled', ...ids].join(),
    { what: `packs listed: ${ids.join(', ') || 'none imported'}` },
  );
  return value;
}

export interface ImportOutcome {
  result: string;
  failed: boolean;
  errors: string[];
  more: string;
}

export function readOutcome(page: Page): Promise<ImportOutcome | null> {
  return page.evaluate(() => {
    const result = document.querySelector('#pack-import-status .pack-result');
    if (!result) return null;
    return {
      result: document.getElementById('pack-import-status')?.textContent ?? '',
      failed: document.querySelector('#pack-import-status .pack-failed') !== null,
      errors: [...document.querySelectorAll('#pack-errors li')].map((li) => li.textContent ?? ''),
      more: document.getElementById('pack-errors-more')?.textContent ?? '',
    };
  });
}

/** The outcome of the import that `start` begins, once shown (told apart from an earlier one by its count). */
export async function importOutcome(page: Page, start: () => Promise<void>): Promise<ImportOutcome> {
  const attempt = () => page.$eval('#pack-import-status', (s) => Number(s.getAttribute('data-attempt')));
  const before = await attempt();
  await start();
  const { value } = await waitUntil(
    async () => ({ attempt: await attempt(), outcome: await readOutcome(page) }),
    (read) => read.attempt === before + 1 && read.outcome !== null,
    { what: 'import outcome', timeoutMs: 30_000 },
  );
  if (!value.outcome) throw new Error('no outcome');
  return value.outcome;
}

/** Chooses a file with the picker (CDP's DOM.setFileInputFiles, BiDi's input.setFiles). */
export async function chooseFile(page: Page, path: string): Promise<void> {
  const input = await page.$('#pack-file');
  if (!input) throw new Error('no #pack-file');
  await (input as unknown as { uploadFile(...paths: string[]): Promise<void> }).uploadFile(path);
}

/** Drops a file made in the page from `text`, as a drag from the desktop would. */
export async function dropFile(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(
    (fileName, content) => {
      const data = new DataTransfer();
      data.items.add(new File([content], fileName, { type: 'application/json' }));
      const zone = document.getElementById('pack-drop');
      zone?.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data }));
      zone?.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
    },
    name,
    text,
  );
}

/** A stored pack as IndexedDB holds it, or null. */
export function storedPack(page: Page, id: string): Promise<unknown> {
  return page.evaluate(
    (packId) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('company-lens-packs');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('packs').objectStore('packs').get(packId);
          get.onsuccess = () => {
            db.close();
            resolve(get.result ?? null);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    id,
  );
}

/** Empties the store and bumps the revision, so that the page lists only the built-in pack. */
export function clearPacks(page: Page): Promise<void> {
  return page.evaluate(
    (names) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(names.db, names.version);
        open.onupgradeneeded = () => {
          for (const name of [names.packs, names.aliases, names.articles]) {
            if (!open.result.objectStoreNames.contains(name)) open.result.createObjectStore(name);
          }
          if (!open.result.objectStoreNames.contains(names.summaries))
            open.result.createObjectStore(names.summaries, { keyPath: 'id' });
        };
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const stores = [names.packs, names.summaries, names.aliases, names.articles];
          const tx = db.transaction(stores, 'readwrite');
          for (const name of stores) tx.objectStore(name).clear();
          tx.oncomplete = () => {
            db.close();
            const g = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
            (g.browser ?? g.chrome).storage.local.set({ 'packs-revision': Date.now() }).then(() => resolve());
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    PACK_STORE_NAMES,
  );
}

export function packsRevision(page: Page): Promise<unknown> {
  return page.evaluate(async () => {
    const g = globalThis as unknown as { browser?: ExtensionApi; chrome: ExtensionApi };
    return (await (g.browser ?? g.chrome).storage.local.get('packs-revision'))['packs-revision'];
  });
}

/** Records what `<a download>` would save, instead of saving it: the file name and the Blob's text. */
export async function captureDownload(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; text: string }> {
  await page.evaluate(() => {
    const w = window as unknown as { capturedDownload?: Promise<{ name: string; text: string }> };
    w.capturedDownload = new Promise((resolve) => {
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        fetch(this.href)
          .then((r) => r.text())
          .then((text) => resolve({ name: this.download, text }));
      };
    });
  });
  await click();
  return page.evaluate(
    () =>
      (window as unknown as { capturedDownload: Promise<{ name: string; text: string }> }).capturedDownload,
  );
}
