/**
 * The source reader page on its own, in both browsers: what it shows of an article, its accessibility
 * in both themes, a knowledge pack's article read from the pack store (two packs with the same
 * article id each show their own), and a clear message for an address that names no article.
 */

import { expect, it } from 'vitest';
import { articleById, dataset } from '../../src/shared/dataset.ts';
import { formatMarkedDate } from '../../src/shared/format-fuzzy-date.ts';
import { fixturePack } from '../../src/shared/pack/fixture-sources.ts';
import type { Pack } from '../../src/shared/pack/pack-schema.ts';
import { axeViolations } from '../support/axe.ts';
import { replaceStoredSettings, waitUntil } from '../support/extension-state.ts';
import { trackOpenedPages } from '../support/opened-pages.ts';
import { clearPacks } from '../support/pack-page.ts';
import { changePackStore } from '../support/pack-store-writer.ts';
import { forEachBrowser } from './harness.ts';

const { opened } = trackOpenedPages();

// A fact of the article with a publisher and a cited source, so the byline has all its parts.
const fact = dataset()
  .companies.flatMap((c) => c.facts)
  .find((f) => f.articleId === '002_48df1cb248b3450f');

/** The fixture pack under another id and name, its article's headline and first line its own. */
function packNamed(id: string, name: string): Pack {
  const pack = structuredClone(fixturePack()) as unknown as Pack;
  pack.header = { ...pack.header, id, name };
  const article = pack.articles[0];
  if (!article) throw new Error('the fixture pack has an article');
  article.headline = `${name}: ${article.headline}`;
  article.text = `${name} kept this copy.\n\n${article.text}`;
  return pack;
}

forEachBrowser('source reader', (session) => {
  it('shows the article with what is known of it, the quote marked, and no axe violations in either theme', async () => {
    if (!fact) throw new Error('the dataset has facts');
    const article = articleById(fact.articleId);
    const s = session();
    const helper = await s.openOptions();
    opened.push(helper);
    for (const theme of ['light', 'dark'] as const) {
      await replaceStoredSettings(helper, { theme });
      const page = await s.openReader(`?article=${fact.articleId}&fact=${fact.id}`);
      opened.push(page);
      // The theme follows the stored setting, which arrives after the first paint.
      await waitUntil(
        () => page.evaluate(() => document.documentElement.dataset.theme),
        (applied) => applied === theme,
        { what: `the ${theme} theme` },
      );
      const shown = await page.evaluate(() => ({
        title: document.title,
        headline: document.querySelector('h1')?.textContent,
        byline: document.querySelector('.byline')?.textContent,
        mark: document.querySelector('mark')?.textContent?.replace(/\s+/g, ' '),
        theme: document.documentElement.dataset.theme,
      }));
      expect(shown).toEqual({
        title: 'Source article — Company Lens',
        headline: article?.headline,
        byline: `${article?.publisher} · cites ${article?.cites} · Published ${article && formatMarkedDate(article.date, 'en-US')}`,
        mark: fact.quote,
        theme,
      });
      expect(await axeViolations(page), theme).toEqual([]);
    }
    await replaceStoredSettings(helper, {});
  });

  it('says so when the address names no bundled article', async () => {
    const page = await session().openReader('?article=__proto__&fact=x');
    opened.push(page);
    expect(await page.evaluate(() => document.querySelector('[role="alert"]')?.textContent)).toBe(
      'This article is not among the ones bundled with Company Lens.',
    );
  });

  it('shows a knowledge pack’s article from the pack store, the pack named and the quote marked', async () => {
    const s = session();
    const helper = await s.openOptions();
    opened.push(helper);
    const first = packNamed('first-pack', 'First Pack');
    const second = packNamed('second-pack', 'Second Pack');
    await changePackStore(helper, { put: first, enabled: true });
    await changePackStore(helper, { put: second, enabled: false });
    const article = first.articles[0];
    const fact = first.companies.flatMap((c) => c.facts).find((f) => f.article === article?.id);
    if (!article || !fact) throw new Error('the fixture pack has a fact');
    try {
      for (const pack of [first, second]) {
        const page = await s.openReader(`?pack=${pack.header.id}&article=${article.id}&fact=${fact.id}`);
        opened.push(page);
        const { value: shown } = await waitUntil(
          () =>
            page.evaluate(() => ({
              headline: document.querySelector('h1')?.textContent,
              note: document.querySelector('.note')?.textContent,
              mark: document.querySelector('mark')?.textContent,
              focused: document.activeElement === document.querySelector('mark'),
              first: document.querySelector('article p')?.textContent,
              bar: document.querySelector('.fact-bar p')?.textContent,
            })),
          (got) => got.focused,
          { what: `${pack.header.name}’s article with its quote` },
        );
        expect(shown).toEqual({
          headline: `${pack.header.name}: Acme Widgets joins the market`,
          note: `The article as stored in your knowledge pack ${pack.header.name}, whose quotes were checked against this text when the pack was imported.`,
          mark: 'Acme Widgets said it would sell its “Roadrunner” line in Europe.',
          focused: true,
          first: `${pack.header.name} kept this copy.`,
          bar: `Highlighted: the quote behind "${fact.summary}"`,
        });
        expect(await axeViolations(page)).toEqual([]);
      }
      await changePackStore(helper, { remove: 'second-pack' });
      const gone = await s.openReader(`?pack=second-pack&article=${article.id}&fact=${fact.id}`);
      opened.push(gone);
      // The page shows "Opening the article…" until the store answered.
      await waitUntil(
        () => gone.evaluate(() => document.querySelector('[role="alert"]')?.textContent ?? ''),
        (text) =>
          text ===
          'This article is not in the knowledge packs stored in Company Lens: its pack may have been removed.',
        { what: 'the removed pack’s article not found' },
      );
    } finally {
      await clearPacks(helper);
    }
  });
});
