/**
 * The user's settings, in `storage.sync`. Only values the user changed are stored (a setting equal to
 * its default is removed), so a later change of default reaches everyone who never touched it.
 * Everything read is migrated and validated: a corrupted or unknown value falls back to its default.
 */
import * as v from 'valibot';
import { ext } from './browser.ts';
import { normalizeHostname } from './hostname.ts';
import { migrateSettings } from './settings-migrations.ts';
import {
  DEFAULT_SETTINGS,
  isSettingKey,
  parseSettings,
  SETTING_SCHEMAS,
  type Settings,
} from './settings-schema.ts';

export {
  contentScriptKey,
  DEFAULT_SETTINGS,
  type HighlightStyle,
  type MarkMentions,
  type Settings,
  type Theme,
} from './settings-schema.ts';

export async function loadSettings(): Promise<Settings> {
  const raw = (await ext.storage.sync.get(null)) as Record<string, unknown>;
  return parseSettings(migrateSettings(raw).migrated);
}

/**
 * Validates and stores `patch`. Throws a TypeError naming the first invalid key, before writing
 * anything, so a caller's bug never reaches storage.
 */
export async function saveSettings(patch: Partial<Settings>): Promise<void> {
  const set: Record<string, unknown> = {};
  const remove: string[] = [];
  for (const [key, value] of Object.entries(patch)) {
    if (!isSettingKey(key)) throw new TypeError(`Unknown setting "${key}"`);
    const result = v.safeParse(SETTING_SCHEMAS[key], value);
    if (!result.success) throw new TypeError(`Invalid value for setting "${key}": ${JSON.stringify(value)}`);
    if (sameValue(result.output, DEFAULT_SETTINGS[key])) remove.push(key);
    else set[key] = result.output;
  }
  if (remove.length) await ext.storage.sync.remove(remove);
  if (Object.keys(set).length) await ext.storage.sync.set(set);
}

/** Restores every default by removing what the user stored (legacy keys included). */
export async function resetSettings(): Promise<void> {
  await ext.storage.sync.clear();
}

/**
 * Writes what the migrations changed, so old keys do not linger. Called by the background on install
 * and update; reading does not depend on it.
 */
export async function persistSettingsMigrations(): Promise<void> {
  const raw = (await ext.storage.sync.get(null)) as Record<string, unknown>;
  const { set, remove } = migrateSettings(raw);
  if (Object.keys(set).length) await ext.storage.sync.set(set);
  if (remove.length) await ext.storage.sync.remove(remove);
}

/**
 * Calls `cb` with the full settings after each change (from this device or synced), not initially.
 * Answers arrive in the order of the changes even if reads overlap.
 */
export function watchSettings(cb: (settings: Settings) => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  let latest = 0;
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'sync' || Object.keys(changes).length === 0) return;
    const ticket = ++latest;
    loadSettings().then(
      (settings) => {
        if (ticket === latest && !signal.aborted) cb(settings);
      },
      // The extension context can die under an orphaned content script; nothing left to update.
      () => {},
    );
  };
  ext.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => ext.storage.onChanged.removeListener(listener), { once: true });
}

/** Whether the extension should mark pages on `hostname` (empty for `file:` pages: global switch only). */
export function isActiveOn(settings: Settings, hostname: string): boolean {
  if (!settings.enabled) return false;
  const host = normalizeHostname(hostname);
  return host === null || !settings.disabledSites.includes(host);
}

/** Turns the extension on or off for one site, keeping the rest of the list. */
export async function setSiteEnabled(hostname: string, on: boolean): Promise<void> {
  const host = normalizeHostname(hostname);
  if (host === null) throw new TypeError(`Not a hostname: ${JSON.stringify(hostname)}`);
  const { disabledSites } = await loadSettings();
  const next = on ? disabledSites.filter((h) => h !== host) : [...new Set([...disabledSites, host])];
  await saveSettings({ disabledSites: next });
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
