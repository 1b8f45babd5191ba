import { formatFuzzyDate } from '../../shared/format-fuzzy-date.ts';
import { t } from '../../shared/i18n.ts';
import type { DatasetSummary } from '../dataset-summary.ts';

/**
 * What the marks rest on: the size of the bundled dataset, its newest source, and the articles
 * themselves; then the enabled knowledge packs, by name.
 */
export function DatasetFacts({
  summary,
  packNames,
  locale,
}: {
  summary: DatasetSummary;
  packNames: readonly string[];
  locale: string;
}) {
  const latest = summary.latest ? formatFuzzyDate(summary.latest, locale) : '';
  return (
    <details class="dataset-facts">
      <summary>
        {t('popupDatasetSummary', [
          String(summary.companies),
          String(summary.facts),
          String(summary.articles.length),
        ])}
        {latest && <span class="dataset-latest"> · {t('popupDatasetLatest', latest)}</span>}
        {packNames.length > 0 && (
          <span class="dataset-packs">
            {' '}
            {t('popupDatasetPacks', [String(packNames.length), packNames.join(', ')])}
          </span>
        )}
      </summary>
      <ul class="article-list" aria-label={t('popupDatasetArticles')}>
        {summary.articles.map((article) => (
          <li key={article.id}>
            <span class="article-headline">{article.headline}</span>
            <span class="article-meta">
              {[article.publisher, formatFuzzyDate(article.date, locale)].filter(Boolean).join(' · ')}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
