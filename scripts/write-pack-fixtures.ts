/**
 * `npx tsx scripts/write-pack-fixtures.ts`: writes the knowledge packs the options page's browser
 * tests import (`test/fixtures/packs/`), each built from `fixturePack()` and broken in one place,
 * so that a person can also import them by hand.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturePack } from '../src/shared/pack/fixture-sources.ts';

const dir = 'test/fixtures/packs';

type FixturePack = ReturnType<typeof fixturePack>;
const pack = (change: (p: FixturePack) => void = () => {}) => {
  const p = fixturePack();
  p.header.id = 'fixture-news';
  p.header.name = 'Fixture News';
  change(p);
  return p;
};
const json = (value: unknown) => `${JSON.stringify(value)}\n`;

const files: Record<string, string> = {
  'fixture-news-1.0.0.pack.json': json(pack()),
  'fixture-news-1.1.0.pack.json': json(
    pack((p) => {
      p.header.version = '1.1.0';
      p.header.description = 'The second edition: one more fact.';
      const [acme] = p.companies;
      acme?.facts.push({
        ...acme.facts[0],
        id: 'acme-roadrunner',
        quote: 'On March 3, Acme Widgets said it would sell',
      });
    }),
  ),
  'fixture-news-0.9.0.pack.json': json(pack((p) => (p.header.version = '0.9.0'))),
  'malformed.pack.json': '{"formatVersion": 1, "header": {"id": "fixture-news",\n',
  'format-2.pack.json': json(pack((p) => (p.formatVersion = 2))),
  'missing-quote.pack.json': json(
    pack((p) => {
      const fact = p.companies[0]?.facts[0];
      if (fact) fact.quote = 'Acme Widgets said it would leave Europe for good.';
    }),
  ),
  'duplicate-ids.pack.json': json(
    pack((p) => {
      const zenith = p.companies[1];
      if (zenith) zenith.id = 'acme';
    }),
  ),
  // Text fields may hold any characters; the page must show them as text, never as markup.
  'html-text.pack.json': json(
    pack((p) => {
      p.header.id = 'html-text';
      p.header.name = '<img src=x onerror="document.body.dataset.pwned=1">Evil <b>pack</b>';
      p.header.description = '<script>document.body.dataset.pwned = 1</script>';
      p.companies = [];
    }),
  ),
  // A hostile id lands in the error messages, which must stay text too.
  'html-id.pack.json': json(
    pack((p) => {
      const acme = p.companies[0];
      if (acme) acme.id = '<img src=x onerror="document.body.dataset.pwned=1">';
    }),
  ),
  // JSON.stringify would drop a `__proto__` own key set through an object literal: write it as text.
  'proto-keys.pack.json': json(pack()).replace(
    '"id":"acme",',
    '"id":"acme","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},',
  ),
  'alias-claimed.pack.json': json(
    pack((p) => {
      p.header.id = 'other-news';
      p.header.name = 'Other News';
      const acme = p.companies[0];
      if (acme) acme.id = 'acme-corp';
      p.companies = acme ? [acme] : [];
    }),
  ),
  'alias-merged.pack.json': json(
    pack((p) => {
      p.header.id = 'more-news';
      p.header.name = 'More News';
      p.companies = p.companies.slice(0, 1);
    }),
  ),
};

mkdirSync(dir, { recursive: true });
for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
console.log(`Wrote ${Object.keys(files).length} packs to ${dir}`);
