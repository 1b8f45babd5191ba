/**
 * The WebExtension API as the browser gives it, without webextension-polyfill, for the gate
 * (`src/content/gate/`): it runs in every frame of every page, so it carries no library. Only what the
 * gate calls, all of which return promises natively in Manifest V3: Firefox has `browser`; Chromium
 * has `browser` from 148 and `chrome` before it.
 * https://developer.chrome.com/docs/extensions/reference/api (the "browser.*" availability notes)
 * Everything else goes through `browser.ts`, which is where the two browsers' other differences live.
 */
type StorageChanges = Record<string, { newValue?: unknown }>;

export interface NativeExt {
  runtime: { id?: string; sendMessage(message: unknown): Promise<unknown> };
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>> };
    onChanged: {
      addListener(listener: (changes: StorageChanges, area: string) => void): void;
      removeListener(listener: (changes: StorageChanges, area: string) => void): void;
    };
  };
}

export function nativeExt(global: object = globalThis): NativeExt | undefined {
  const { browser, chrome } = global as { browser?: NativeExt; chrome?: NativeExt };
  return browser?.runtime ? browser : chrome?.runtime ? chrome : undefined;
}
