import { describe, expect, it } from 'vitest';
import { decideImport } from './import-decision.ts';

const stored = (version: string, enabled = true) => ({ header: { version }, enabled });

describe('decideImport', () => {
  it('stores a pack of a new id', () => {
    expect(decideImport({ id: 'news', version: '1.0.0' }, undefined, 'built-in')).toEqual({ kind: 'new' });
  });

  it('updates in place with a newer version, keeping the switch', () => {
    expect(decideImport({ id: 'news', version: '1.10.0' }, stored('1.9.3', false), 'built-in')).toEqual({
      kind: 'update',
      storedVersion: '1.9.3',
      enabled: false,
    });
  });

  it('asks before an older or the same version replaces the stored one', () => {
    expect(decideImport({ id: 'news', version: '1.9.3' }, stored('1.10.0'), 'built-in')).toEqual({
      kind: 'older-or-same',
      storedVersion: '1.10.0',
      enabled: true,
      same: false,
    });
    expect(decideImport({ id: 'news', version: '2.0.0' }, stored('2.0.0'), 'built-in')).toMatchObject({
      kind: 'older-or-same',
      same: true,
    });
  });

  it('never takes the built-in pack id', () => {
    expect(decideImport({ id: 'built-in', version: '9.0.0' }, undefined, 'built-in')).toEqual({
      kind: 'built-in',
    });
  });
});
