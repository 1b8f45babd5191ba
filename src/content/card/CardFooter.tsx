import { formatMarkedDate, INFERRED_MARK } from '../../shared/format-fuzzy-date.ts';
import { useText } from './card-text.ts';
import type { SourceSummary } from './summarize-sources.ts';

/**
 * How many articles the card rests on and how recent the newest is, so the reader can judge its age;
 * and the legend of the inferred-date mark, whenever the card shows one.
 */
export function CardFooter({
  summary,
  locale,
  showsInferred,
}: {
  summary: SourceSummary;
  locale: string;
  showsInferred: boolean;
}) {
  const t = useText();
  const { articleCount, latest } = summary;
  let text: string;
  if (articleCount === 0 || latest === null) text = t('cardFooterNone');
  else if (articleCount === 1) text = t('cardFooterOne', formatMarkedDate(latest, locale));
  else text = t('cardFooterMany', [String(articleCount), formatMarkedDate(latest, locale)]);
  return (
    <footer>
      <p>{text}</p>
      {showsInferred ? <p>{t('cardInferredLegend', INFERRED_MARK)}</p> : null}
    </footer>
  );
}
