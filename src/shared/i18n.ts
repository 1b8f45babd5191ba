import { ext } from './browser.ts';

/**
 * Every user-facing string comes from `_locales/<lang>/messages.json`; this is the one lookup.
 * A missing key returns the key itself so a gap shows up in the UI and in tests instead of an empty label.
 */
export function t(key: string, substitutions?: string | string[]): string {
  return ext.i18n.getMessage(key, substitutions) || key;
}
