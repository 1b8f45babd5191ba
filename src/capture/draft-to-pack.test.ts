import { describe, expect, it } from 'vitest';
import { commonWordsFromText } from '../shared/pack/common-words-text.ts';
import { validatePack } from '../shared/pack/validate-pack.ts';
import { captureInput } from './capture-input-fixture.ts';
import { addCapture, companyIdFor, emptyMyNotes } from './draft-to-pack.ts';

const commonWords = commonWordsFromText('the\nand\nof\n');

const input = captureInput;

describe('addCapture', () => {
  it('makes the page an article whose text holds the quote, so the shared validation passes', () => {
    const pack = addCapture(emptyMyNotes('2026-12-06'), input());
    const { errors } = validatePack(pack, { commonWords });
    expect(errors).toEqual([]);
    expect(pack.header).toMatchObject({ id: 'my-notes', name: 'My notes', version: '1.0.1' });
    expect(pack.articles[0]).toMatchObject({
      id: 'capture-a1',
      headline: 'Xiaomi blacklisted',
      publisher: 'News Example',
      url: 'https://news.example/story',
      text: 'Washington, Friday. The Commerce Department added Xiaomi to the Entity List. Xiaomi said it would appeal.',
    });
    expect(pack.articles[0]?.dateBasis).toContain('Captured on 2026-12-06 from https://news.example/story');
    expect(pack.companies[0]?.facts[0]).toMatchObject({
      id: 'note-a1',
      category: 'event',
      article: 'capture-a1',
    });
  });

  it('adds a second fact to a company already in the pack, and a status with its standing', () => {
    const once = addCapture(emptyMyNotes('2026-12-06'), input());
    const twice = addCapture(
      once,
      input({
        stamp: 'b2',
        fact: { category: 'status', standing: { level: 'restricted', label: 'Entity List' } },
      }),
    );
    expect(validatePack(twice, { commonWords }).errors).toEqual([]);
    expect(twice.companies).toHaveLength(1);
    expect(twice.companies[0]?.facts.map((f) => f.category)).toEqual(['event', 'status']);
    expect(twice.header.version).toBe('1.0.2');
    expect(once.companies[0]?.facts).toHaveLength(1);
  });

  it('leaves out a URL that is not http(s), which a pack may not cite', () => {
    const pack = addCapture(
      emptyMyNotes('2026-12-06'),
      input({ page: { ...input().page, url: 'file:///tmp/a.html' } }),
    );
    expect(pack.articles[0]).not.toHaveProperty('url');
    expect(validatePack(pack, { commonWords }).errors).toEqual([]);
  });
});

describe('companyIdFor', () => {
  it('derives a kebab-case id, numbered when taken', () => {
    expect(companyIdFor('Zörn Ölwerke AG', () => false)).toBe('zorn-olwerke-ag');
    expect(companyIdFor('Acme', (id) => id === 'acme')).toBe('acme-2');
  });
});
