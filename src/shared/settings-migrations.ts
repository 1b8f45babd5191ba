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

const LEGACY_MARK_STYLES: Record<string, string | undefined> = {
  underline: 'underline',
  background: 'background',
  none: 'hover-only',
};

type Migration = (raw: Readonly<Record<string, unknown>>) => MigrationResult | null;

const MIGRATIONS: Migration[] = [
  // 0.0.x kept the per-site switch as `blockedSites: { [hostname]: true }`; 0.1 stores a list of
  // hostnames as `disabledSites`. An existing `disabledSites` wins, but old entries are merged in.
  (raw) => {
    const legacy = raw.blockedSites;
    if (legacy === undefined) return null;
    const fromLegacy =
      legacy !== null && typeof legacy === 'object' && !Array.isArray(legacy)
        ? Object.entries(legacy)
            .filter(([, off]) => off === true)
            .map(([host]) => host)
        : [];
    const current = Array.isArray(raw.disabledSites) ? raw.disabledSites : [];
    const merged = [...new Set([...current, ...fromLegacy])];
    return { set: merged.length ? { disabledSites: merged } : {}, remove: ['blockedSites'] };
  },
  // 0.0.x called the highlight style `markStyle` and had a value `"none"` for "only on hover".
  (raw) => {
    if (raw.markStyle === undefined) return null;
    const renamed = LEGACY_MARK_STYLES[String(raw.markStyle)];
    return {
      set: renamed && raw.highlightStyle === undefined ? { highlightStyle: renamed } : {},
      remove: ['markStyle'],
    };
  },
];

/** Applies every migration in order to a copy of `raw`; also returns the keys that changed. */
export function migrateSettings(raw: Readonly<Record<string, unknown>>): {
  migrated: Record<string, unknown>;
  set: Record<string, unknown>;
  remove: string[];
} {
  const migrated: Record<string, unknown> = { ...raw };
  const set: Record<string, unknown> = {};
  const remove = new Set<string>();
  for (const migration of MIGRATIONS) {
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
