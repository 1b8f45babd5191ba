import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type FixtureCompany, type FixtureFact, firstFact, fixtureCompanies } from './fixture-sources.ts';
import { CompanySourceSchema, parseSource } from './source-schema.ts';

const errorsOf = (data: unknown) =>
  parseSource(CompanySourceSchema, 'acme.yaml', data).errors.map((e) => `${e.field}: ${e.message}`);

function acmeWith(change: (acme: FixtureCompany, fact: FixtureFact) => void) {
  const { acme } = fixtureCompanies();
  change(acme, firstFact(acme));
  return acme;
}

describe('company schema', () => {
  it('accepts the fixture', () => {
    expect(errorsOf(fixtureCompanies().acme)).toEqual([]);
  });

  it('names a misspelt field instead of ignoring it', () => {
    expect(errorsOf(acmeWith((acme) => (acme.alias = [])))).toEqual(['alias: is not a known field']);
  });

  it('asks for a quoted date when YAML read the year as a number', () => {
    const date = parse('date: { value: 2021, precision: year, inferred: false }').date;
    expect(errorsOf(acmeWith((_, fact) => (fact.date = date)))).toEqual([
      'facts.0.date.value: must be a quoted string: "2021", "2021-03" or "2021-03-15"',
    ]);
  });

  it('requires a standing on status facts only', () => {
    expect(errorsOf(acmeWith((_, fact) => (fact.category = 'status')))).toEqual([
      'facts.0.standing: is missing',
    ]);
    expect(errorsOf(acmeWith((_, fact) => (fact.standing = { level: 'restricted', label: 'x' })))).toEqual([
      'facts.0.standing: is not a known field',
    ]);
  });

  it('rejects an unknown category, kind or country format, and a summary over one line', () => {
    const broken = acmeWith((acme, fact) => {
      acme.kind = 'subsidiary';
      acme.country = 'China';
      fact.summary = 'Line one.\nLine two.';
    });
    expect(errorsOf(broken)).toEqual([
      'country: must be an ISO 3166-1 alpha-2 code, e.g. "CN"',
      'kind: must be "company", "brand" or "app"',
      'facts.0.summary: summary must be one line',
    ]);
    expect(errorsOf(acmeWith((_, fact) => (fact.category = 'rumour')))).toEqual([
      'facts.0.category: must be "status", "event", "market" or "relationship"',
    ]);
  });
});
