/**
 * Renamed or reshaped settings. Each migration reads the raw `storage.sync` contents and says what to
 * write and what to remove; they run in order on every read (cheap, and a value synced from an older
 * install on another machine is still understood) and are persisted once by the background on install
 * or update. Append new migrations; never edit an old one.
 */

interface MigrationResult {
  set: Record<string, unknown>;
  remove: string[];
}

export type Migration = (raw: Readonly<Record<string, unknown>>) => MigrationResult | null;

/**
 * None yet: every key is as 0.1 first shipped it. A setting renamed or reshaped later gets a
 * migration here, appended.
 */
const MIGRATIONS: readonly Migration[] = [];

/** Applies every migration in order to a copy of `raw`; also returns the keys that changed. */
export function migrateSettings(
  raw: Readonly<Record<string, unknown>>,
  migrations: readonly Migration[] = MIGRATIONS,
): {
  migrated: Record<string, unknown>;
  set: Record<string, unknown>;
  remove: string[];
} {
  const migrated: Record<string, unknown> = { ...raw };
  const set: Record<string, unknown> = {};
  const remove = new Set<string>();
  for (const migration of migrations) {
    const result = migration(migrated);
    if (!result) continue;
    for (const key of result.remove) {
      delete migrated[key];
      delete set[key];
      remove.add(key);
    }
    for (const [key, value] of Object.entries(result.set)) {
      migrated[key] = value;
      set[key] = value;
      remove.delete(key);
    }
  }
  return { migrated, set, remove: [...remove] };
}
