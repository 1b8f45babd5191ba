import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import {
  FIXTURE_ARTICLE_ID,
  FIXTURE_ARTICLE_TEXT,
  fixtureArticleMeta,
  fixtureCompanies,
  fixturePackHeader,
} from '../../src/shared/pack/fixture-sources.ts';

/**
 * Writes the sources to a fresh temporary folder and returns its path (the `rootDir`; data under
 * `data/`, with a `pack.yaml` unless `header` is null).
 */
export function writeFixtureRoot(
  companies: Record<string, unknown> = fixtureCompanies(),
  articleMeta: Record<string, unknown> = fixtureArticleMeta(),
  header: Record<string, unknown> | null = fixturePackHeader(),
): string {
  const root = mkdtempSync(join(tmpdir(), 'company-lens-data-'));
  mkdirSync(join(root, 'data', 'articles'), { recursive: true });
  mkdirSync(join(root, 'data', 'companies'), { recursive: true });
  writeFileSync(join(root, 'data', 'articles', `${FIXTURE_ARTICLE_ID}.txt`), FIXTURE_ARTICLE_TEXT);
  writeFileSync(join(root, 'data', 'articles', `${FIXTURE_ARTICLE_ID}.yaml`), stringify(articleMeta));
  for (const [stem, company] of Object.entries(companies)) {
    writeFileSync(join(root, 'data', 'companies', `${stem}.yaml`), stringify(company));
  }
  if (header !== null) writeFileSync(join(root, 'data', 'pack.yaml'), stringify(header));
  return root;
}
