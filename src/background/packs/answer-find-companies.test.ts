import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../shared/matcher/compile.ts';
import { loadMatcher } from '../../shared/matcher/load.ts';
import { fixturePack } from '../../shared/pack/fixture-sources.ts';
import type { Pack } from '../../shared/pack/pack-schema.ts';
import { answerFindCompanies } from './answer-find-companies.ts';
import { mergePacks } from './merge-packs.ts';
import { companyRecords } from './watch-packs.ts';

const bundled = JSON.parse(
  readFileSync(new URL('../../generated/bundled.pack.json', import.meta.url), 'utf8'),
) as Pack;

describe('answerFindCompanies', () => {
  it('answers with the bundled names plus the pack companies the text names, or null when it names none', async () => {
    const merged = mergePacks(bundled, [fixturePack() as unknown as Pack]);
    const records = await companyRecords();
    await records.replace('r1', merged.companies, merged.articles, compileMatcher(merged.patterns));

    expect(
      await answerFindCompanies({ type: 'find-companies', text: 'Xiaomi and Huawei only.', known: [] }),
    ).toEqual({ revision: 'r1', matcher: null, found: [] });
    const answer = await answerFindCompanies({
      type: 'find-companies',
      text: 'Analysts\nAcme Widgets rose.',
      known: [],
    });
    expect(answer.found).toEqual(['acme']);
    expect(answer.revision).toBe('r1');
    if (!answer.matcher) throw new Error('expected a matcher');
    const matcher = loadMatcher(answer.matcher);
    const found = (text: string) => matcher.findAll(text).map((hit) => hit.companyId);
    expect(found('Acme Widgets met Xiaomi and Zenith Corp.')).toEqual(['acme', 'xiaomi']);
  });

  it('keeps the companies the frame knows, and answers only when new text names others', async () => {
    const merged = mergePacks(bundled, [fixturePack() as unknown as Pack]);
    const records = await companyRecords();
    await records.replace('r2', merged.companies, merged.articles, compileMatcher(merged.patterns));

    // Acme is in the frame's matcher already: nothing new.
    expect(
      await answerFindCompanies({ type: 'find-companies', text: 'Acme Widgets again.', known: ['acme'] }),
    ).toEqual({ revision: 'r2', matcher: null, found: ['acme'] });
    const answer = await answerFindCompanies({
      type: 'find-companies',
      text: 'Later: Zenith Corp and Acme Widgets.',
      known: ['acme'],
    });
    expect(answer.found).toEqual(['acme', 'zenith']);
    if (!answer.matcher) throw new Error('expected a matcher');
    const matcher = loadMatcher(answer.matcher);
    expect(matcher.findAll('Acme Widgets, Zenith Corp, Xiaomi').map((hit) => hit.companyId)).toEqual([
      'acme',
      'zenith',
      'xiaomi',
    ]);
  });
});
