/**
 * Unit tests run in Node, where `webextension-polyfill` refuses to load. This fake stands in for the
 * parts of the API our modules use: i18n from the real English messages file, and in-memory
 * storage areas with change events. Browser tests exercise the real API.
 */
import { vi } from 'vitest';
// Imported through Vite rather than read from disk: under `@vitest-environment jsdom`, import.meta.url
// is not a file URL.
import messagesFile from '../../public/_locales/en/messages.json';

const messages: Record<string, { message: string; placeholders?: Record<string, { content: string }> }> =
  messagesFile;

function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = messages[key];
  if (!entry) return '';
  const subs =
    substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  let text = entry.message;
  for (const [name, placeholder] of Object.entries(entry.placeholders ?? {})) {
    const value = placeholder.content.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
    text = text.replace(new RegExp(`\\$${name}\\$`, 'gi'), value);
  }
  return text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;
const storageListeners = new Set<Listener>();

function makeArea(areaName: string) {
  let data: Record<string, unknown> = {};
  const emit = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>) => {
    if (Object.keys(changes).length) for (const l of storageListeners) l(changes, areaName);
  };
  return {
    async get(keys?: string | string[] | Record<string, unknown> | null) {
      if (keys == null) return structuredClone(data);
      const list = typeof keys === 'string' ? [keys] : Array.isArray(keys) ? keys : Object.keys(keys);
      const out: Record<string, unknown> = {};
      for (const k of list) if (k in data) out[k] = structuredClone(data[k]);
      return out;
    },
    async set(items: Record<string, unknown>) {
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: data[k], newValue: structuredClone(v) };
        data[k] = structuredClone(v);
      }
      emit(changes);
    },
    async remove(keys: string | string[]) {
      const changes: Record<string, { oldValue?: unknown }> = {};
      for (const k of typeof keys === 'string' ? [keys] : keys) {
        if (k in data) changes[k] = { oldValue: data[k] };
        delete data[k];
      }
      emit(changes);
    },
    async clear() {
      const changes = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, { oldValue: v }]));
      data = {};
      emit(changes);
    },
    /** Test helper: replace the raw contents without firing events (e.g. to plant corrupted values). */
    _setRaw(raw: Record<string, unknown>) {
      data = structuredClone(raw);
    },
  };
}

export const fakeBrowser = {
  runtime: { id: 'fake-extension-id', getURL: (p: string) => `chrome-extension://fake/${p}` },
  i18n: { getMessage, getUILanguage: () => 'en' },
  storage: {
    sync: makeArea('sync'),
    local: makeArea('local'),
    session: makeArea('session'),
    onChanged: {
      addListener: (l: Listener) => storageListeners.add(l),
      removeListener: (l: Listener) => storageListeners.delete(l),
      hasListener: (l: Listener) => storageListeners.has(l),
    },
  },
};

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

// `runLater` falls back to `AbortSignal.timeout` where there is no `scheduler.postTask` (as in Node
// and jsdom), and fake timers cannot drive the engine's own. This one runs on whichever `setTimeout`
// is installed when it is called, fake or real, so tests control it like any timer.
AbortSignal.timeout = (ms: number) => {
  const controller = new AbortController();
  globalThis.setTimeout(() => controller.abort(new DOMException('signal timed out', 'TimeoutError')), ms);
  return controller.signal;
};
