import { describe, expect, it } from 'vitest';
import { commonWordsFromText } from './common-words-text.ts';
import { formatPackError } from './data-error.ts';
import { firstFact, fixturePack } from './fixture-sources.ts';
import { MAX_PACK_CHARS } from './pack-schema.ts';
import { validatePackText } from './validate-pack.ts';

const commonWords = commonWordsFromText('apple\nchina\nmobile\n');
const validate = (text: string, onProgress?: (done: number, total: number) => void) =>
  validatePackText(text, { commonWords, fileName: 'acme.pack.json', onProgress });
const messagesOf = (pack: unknown) => validate(JSON.stringify(pack)).errors.map(formatPackError);

describe('validatePackText', () => {
  it('accepts a valid pack and returns it, reporting progress', () => {
    const progress: number[][] = [];
    const { pack, errors } = validate(JSON.stringify(fixturePack()), (done, total) =>
      progress.push([done, total]),
    );
    expect(progress).toEqual([[3, 3]]);
    expect(errors).toEqual([]);
    expect(pack?.header).toMatchObject({ id: 'fixture-pack', version: '1.0.0' });
    expect(pack?.companies.map((c) => c.id)).toEqual(['acme', 'zenith']);
    expect(pack?.articles[0]?.text).toContain('Zenith Corp ended  with a ban');
  });

  it('rejects malformed JSON, naming the file', () => {
    expect(validate('{"formatVersion": 1,').errors.map(formatPackError)).toEqual([
      expect.stringMatching(/^pack "acme\.pack\.json": is not valid JSON: /),
    ]);
    expect(messagesOf([1, 2])).toEqual(['pack "acme.pack.json": is not a pack: expected a JSON object']);
  });

  it('rejects another format version with one clear error', () => {
    const pack = (formatVersion: unknown) => ({ ...fixturePack(), formatVersion, companies: 'not checked' });
    expect(messagesOf(pack(2))).toEqual([
      'pack "fixture-pack" › formatVersion: is 2, newer than this version of Company Lens reads (1); update the extension',
    ]);
    expect(messagesOf(pack('1'))).toEqual([
      'pack "fixture-pack" › formatVersion: is "1"; this version of Company Lens reads format 1',
    ]);
    const { formatVersion: _, ...unversioned } = fixturePack();
    expect(messagesOf(unversioned)).toEqual([
      'pack "fixture-pack" › formatVersion: is missing; this is not a Company Lens pack, or one older than format 1',
    ]);
  });

  it('rejects missing fields, naming the pack, the record and the field', () => {
    const pack = fixturePack();
    delete pack.header.version;
    delete pack.companies[0]?.name;
    delete pack.articles[0]?.headline;
    expect(messagesOf(pack)).toEqual([
      'pack "fixture-pack" › header › version: is missing',
      'pack "fixture-pack" › article "001_fixture" › headline: is missing',
      'pack "fixture-pack" › company "acme" › name: is missing',
    ]);
  });

  it('rejects a quote that is not in its article, nor one from the cut reader comments', () => {
    const pack = fixturePack();
    const [acme, zenith] = pack.companies;
    if (!acme || !zenith) throw new Error('fixture');
    firstFact(acme).quote = 'Acme Widgets said it would sell its line in Asia.';
    firstFact(zenith).quote = 'Zenith Corp is great and never banned anything.';
    const notFound =
      'not found in article 001_fixture, even with whitespace and typographic quotes normalised';
    expect(messagesOf(pack)).toEqual([
      `pack "fixture-pack" › company "acme" › facts.0.quote: ${notFound}`,
      `pack "fixture-pack" › company "zenith" › facts.0.quote: ${notFound}`,
    ]);
  });

  it('rejects duplicate ids of companies, articles and facts', () => {
    const pack = fixturePack();
    const [acme, zenith] = pack.companies;
    if (!acme || !zenith) throw new Error('fixture');
    pack.companies.push({
      ...structuredClone(acme),
      aliases: [{ text: 'Acme Again', caseSensitive: false }],
    });
    pack.articles.push(structuredClone(pack.articles[0] ?? {}));
    firstFact(zenith).id = 'acme-europe';
    const messages = messagesOf(pack);
    expect(messages).toContain(
      'pack "fixture-pack" › article "001_fixture" › id: "001_fixture" is the id of another article too',
    );
    expect(messages).toContain(
      'pack "fixture-pack" › company "acme" › id: "acme" is the id of another company too',
    );
    expect(messages).toContain(
      'pack "fixture-pack" › company "zenith" › facts.0.id: "acme-europe" is already used in pack "fixture-pack" › company "acme"',
    );
  });

  it('rejects an alias claimed by two companies, and one made of common words', () => {
    const pack = fixturePack();
    const [acme, zenith] = pack.companies;
    if (!acme || !zenith) throw new Error('fixture');
    zenith.aliases = [{ text: 'acme widgets', caseSensitive: true }];
    acme.aliases = [
      { text: 'Acme Widgets', caseSensitive: false },
      { text: 'China Mobile', caseSensitive: false },
    ];
    expect(messagesOf(pack)).toEqual([
      expect.stringMatching(
        /^pack "fixture-pack" › company "acme" › aliases\.1\.text: "China Mobile" is made of common English words/,
      ),
      'pack "fixture-pack" › company "zenith" › aliases.0.text: "acme widgets" is claimed twice: also claimed by "acme" (pack "fixture-pack" › company "acme", aliases.0.text)',
    ]);
  });

  it('treats __proto__ and constructor keys as unknown fields, and pollutes nothing', () => {
    const json = JSON.stringify(fixturePack());
    const withKey = (at: string, key: string) =>
      validate(json.replace(at, `${at}"${key}":{"polluted":true},`)).errors.map(formatPackError);
    expect(withKey('{', '__proto__')).toEqual(['pack "fixture-pack" › __proto__: is not a known field']);
    expect(withKey('{"id":"acme",', 'constructor')).toEqual([
      'pack "fixture-pack" › company "acme" › constructor: is not a known field',
    ]);
    expect(withKey('"facts":[{', '__proto__')).toEqual([
      'pack "fixture-pack" › company "acme" › facts.0.__proto__: is not a known field',
    ]);
    expect(withKey('"header":{', 'prototype')).toEqual([
      'pack "fixture-pack" › header › prototype: is not a known field',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('treats ids that name Object.prototype members as ordinary ids', () => {
    const pack = fixturePack();
    const [acme, zenith] = pack.companies;
    if (!acme || !zenith) throw new Error('fixture');
    acme.id = 'constructor';
    zenith.parent = 'constructor';
    firstFact(zenith).article = 'tostring';
    expect(messagesOf(pack)).toEqual([
      'pack "fixture-pack" › company "zenith" › facts.0.article: unknown article id "tostring"',
    ]);
  });

  it('keeps HTML in text fields as text', () => {
    const pack = fixturePack();
    const acme = pack.companies[0];
    if (!acme) throw new Error('fixture');
    const html = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    firstFact(acme).summary = html;
    acme.name = `Acme ${html}`;
    const result = validate(JSON.stringify(pack));
    expect(result.errors).toEqual([]);
    expect(result.pack?.companies[0]?.facts[0]?.summary).toBe(html);
    expect(result.pack?.companies[0]?.name).toBe(`Acme ${html}`);
  });

  it('rejects an oversize file before parsing it', () => {
    const oversize = ' '.repeat(MAX_PACK_CHARS + 1);
    const started = performance.now();
    expect(validate(oversize).errors.map(formatPackError)).toEqual([
      'pack "acme.pack.json": is 101 MB; a pack may be at most 100 MB',
    ]);
    expect(performance.now() - started).toBeLessThan(100);
  });
});
