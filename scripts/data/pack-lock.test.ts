import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixturePack } from '../../src/shared/pack/fixture-sources.ts';
import type { Pack } from '../../src/shared/pack/pack-schema.ts';
import { checkPackVersion, contentDigest, PACK_LOCK_FILE, readPackLock, writePackLock } from './pack-lock.ts';

const pack = (version = '1.0.0', summary?: string): Pack => {
  const p = fixturePack() as unknown as Pack;
  p.header = { ...p.header, version };
  if (summary !== undefined) {
    const fact = p.companies[0]?.facts[0];
    if (fact) fact.summary = summary;
  }
  return p;
};
const lockOf = (p: Pack) => ({ version: p.header.version, digest: contentDigest(p) });

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'company-lens-lock-'));
  dirs.push(dir);
  return dir;
};

describe('checkPackVersion', () => {
  it('passes the first build, an unchanged one and a raised version', () => {
    const built = pack();
    expect(checkPackVersion(null, built, 'data/pack.yaml')).toEqual([]);
    expect(checkPackVersion(lockOf(built), pack(), 'data/pack.yaml')).toEqual([]);
    expect(checkPackVersion(lockOf(built), pack('1.0.1', 'Changed.'), 'data/pack.yaml')).toEqual([]);
  });

  it('fails changed content under the same version, naming the header file and field', () => {
    expect(checkPackVersion(lockOf(pack()), pack('1.0.0', 'Changed.'), 'data/pack.yaml')).toEqual([
      {
        file: 'data/pack.yaml',
        field: 'version',
        message: 'the articles or facts changed since 1.0.0 was built: raise the version (and `created`)',
      },
    ]);
  });

  it('fails a version lower than the one last built', () => {
    const [error] = checkPackVersion(lockOf(pack('1.2.0')), pack('1.1.9'), 'data/pack.yaml');
    expect(error?.message).toBe('1.1.9 is lower than 1.2.0, the version last built (pack.lock.json)');
  });
});

describe('the lock file', () => {
  it('is written with the version and digest, and read back', () => {
    const dir = tempDir();
    expect(readPackLock(dir, 'data/pack.lock.json')).toEqual({ lock: null, errors: [] });
    writePackLock(dir, pack('2.0.0'));
    expect(readPackLock(dir, 'data/pack.lock.json').lock).toEqual(lockOf(pack('2.0.0')));
    expect(readFileSync(join(dir, PACK_LOCK_FILE), 'utf8')).toMatch(/^\{\n {2}"version": "2\.0\.0",/);
  });

  it('names the file when it is not a lock', () => {
    const dir = tempDir();
    for (const text of ['{ "version": "1.0" }', 'not json', '{ "version": "1.0.0", "digest": "abc" }']) {
      writeFileSync(join(dir, PACK_LOCK_FILE), text);
      expect(readPackLock(dir, 'data/pack.lock.json')).toEqual({
        lock: null,
        errors: [
          {
            file: 'data/pack.lock.json',
            field: '(file)',
            message: 'is not a pack lock ({ "version", "digest" }): restore it from version control',
          },
        ],
      });
    }
  });
});
