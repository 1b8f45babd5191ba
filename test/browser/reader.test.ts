/**
 * The source reader page on its own, in both browsers: what it shows of an article, its accessibility
 * in both themes, and a clear message for an address that names no bundled article.
 */

import { expect, it } from 'vitest';
import { articleById, dataset } from '../../src/shared/dataset.ts';
import { formatMarkedDate } from '../../src/shared/format-fuzzy-date.ts';
import { axeViolations } from '../support/axe.ts';
import { replaceStoredSettings, waitUntil } from '../support/extension-state.ts';
import { trackOpenedPages } from '../support/opened-pages.ts';
import { forEachBrowser } from './harness.ts';

const { opened } = trackOpenedPages();

// A fact of the article with a publisher and a cited source, so the byline has all its parts.
const fact = dataset()
  .companies.flatMap((c) => c.facts)
  .find((f) => f.articleId === '002_48df1cb248b3450f');

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
});
