import { useId, useState } from 'preact/hooks';
import type { Article, Fact } from '../../shared/dataset-types.ts';
import { formatFuzzyDate } from '../../shared/format-fuzzy-date.ts';
import { useText } from './card-text.ts';

interface FactItemProps {
  fact: Fact;
  article: Article | undefined;
  locale: string;
}

/** One dated fact; its disclosure button reveals the verbatim quote and where it comes from. */
export function FactItem({ fact, article, locale }: FactItemProps) {
  const t = useText();
  const [expanded, setExpanded] = useState(false);
  const sourceId = useId();
  return (
    <li>
      <button
        type="button"
        class="toggle"
        aria-expanded={expanded}
        aria-controls={sourceId}
        onClick={() => setExpanded(!expanded)}
      >
        <span class="date">{formatFuzzyDate(fact.date, locale)}</span>{' '}
        <span class="summary">{fact.summary}</span>
        <span class="chevron" aria-hidden="true">
          ▸
        </span>
      </button>
      <div class="source" id={sourceId} hidden={!expanded}>
        <blockquote>{t('cardQuote', fact.quote)}</blockquote>
        {article ? (
          <SourceLine article={article} locale={locale} />
        ) : (
          <p class="cite">{t('cardSourceMissing')}</p>
        )}
      </div>
    </li>
  );
}

function SourceLine({ article, locale }: { article: Article; locale: string }) {
  const t = useText();
  const details = [
    article.publisher,
    article.cites === null ? null : t('cardCites', article.cites),
    formatFuzzyDate(article.date, locale),
  ].filter((part): part is string => part !== null);
  return (
    <p class="cite">
      <cite>{article.headline}</cite>
      {` — ${details.join(', ')}`}
      {article.date.inferred ? ` (${t('cardDateInferred')})` : null}
    </p>
  );
}
