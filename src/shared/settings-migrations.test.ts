import { describe, expect, it } from 'vitest';
import { type Migration, migrateSettings } from './settings-migrations.ts';

/** A migration like a future one: `oldName` renamed to `newName`, an existing `newName` winning. */
const rename: Migration = (raw) =>
  raw.oldName === undefined
    ? null
    : { set: raw.newName === undefined ? { newName: raw.oldName } : {}, remove: ['oldName'] };

describe('migrateSettings', () => {
  it('has no migrations yet: what is stored is read as it is', () => {
    const raw = { theme: 'dark', showBadge: false };
    expect(migrateSettings(raw)).toEqual({ migrated: raw, set: {}, remove: [] });
  });

  it('applies each migration in order to a copy, and reports what to write and remove', () => {
    const raw = { oldName: 1, theme: 'dark' };
    const then: Migration = (r) => (r.newName === 1 ? { set: { newName: 2 }, remove: [] } : null);
    expect(migrateSettings(raw, [rename, then])).toEqual({
      migrated: { newName: 2, theme: 'dark' },
      set: { newName: 2 },
      remove: ['oldName'],
    });
    expect(raw).toEqual({ oldName: 1, theme: 'dark' });
    expect(migrateSettings({ oldName: 1, newName: 3 }, [rename]).migrated).toEqual({ newName: 3 });
  });
});
