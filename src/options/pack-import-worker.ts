/**
 * The options page's pack import and export, off the page's thread: reading a file of tens of MB,
 * JSON.parse and the checks take seconds on a big pack, and the page must keep painting its progress.
 * One worker serves one import (check, then store when the page says so) or one export; the page
 * terminates it after. Closing the page kills the worker, and IndexedDB aborts any unfinished write.
 * https://w3c.github.io/IndexedDB/#transaction-lifetime
 */

import bundled from '../generated/bundled.pack.json';
import commonWordsText from '../generated/common-words.txt?raw';
import { commonWordsFromText } from '../shared/pack/common-words-text.ts';
import type { Pack } from '../shared/pack/pack-schema.ts';
import { openPackStore } from '../shared/pack-store.ts';
import { checkPackFile } from './check-pack-file.ts';
import type { FromWorker, ToWorker } from './pack-import-messages.ts';
import { storeCheckedPack } from './store-checked-pack.ts';

// The project's type lib is the DOM's; in a worker, `self` is the worker's global scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
};
const post = (message: FromWorker) => scope.postMessage(message);

let checked: { pack: Pack; enabled: boolean } | null = null;

async function handle(message: ToWorker): Promise<void> {
  const store = await openPackStore();
  try {
    if (message.type === 'check') {
      post({ type: 'progress', progress: { phase: 'reading' } });
      const text = await message.file.text();
      const result = await checkPackFile(text, {
        commonWords: commonWordsFromText(commonWordsText),
        fileName: message.file.name,
        store,
        builtIn: bundled as Pack,
        onProgress: (progress) => post({ type: 'progress', progress }),
      });
      if (result.kind === 'checked') {
        const { pack, ...pass } = result;
        const { decision } = pass;
        checked = {
          pack,
          enabled: decision.kind === 'new' || decision.kind === 'built-in' || decision.enabled,
        };
        post({ type: 'result', result: pass });
      } else {
        post({ type: 'result', result });
      }
    } else if (message.type === 'store') {
      if (!checked) throw new Error('Nothing checked to store');
      post({ type: 'progress', progress: { phase: 'storing' } });
      post(await storeCheckedPack(store, checked.pack, checked.enabled));
      checked = null;
    } else {
      const pack = await store.get(message.id);
      if (!pack) throw new Error(`No pack "${message.id}" is stored`);
      post({ type: 'exported', blob: new Blob([JSON.stringify(pack)], { type: 'application/json' }) });
    }
  } finally {
    store.close();
  }
}

scope.onmessage = (event) => {
  handle(event.data).catch((error: unknown) => post({ type: 'crashed', message: String(error) }));
};
