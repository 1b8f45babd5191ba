import { formatFuzzyDate } from '../../shared/format-fuzzy-date.ts';
import { useText } from './card-text.ts';
import type { SourceSummary } from './summarize-sources.ts';

/** How many articles the card rests on and how recent the newest is, so the reader can judge its age. */
export function CardFooter({ summary, locale }: { summary: SourceSummary; locale: string }) {
  const t = useText();
  const { articleCount, latest } = summary;
  let text: string;
  if (articleCount === 0 || latest === null) text = t('cardFooterNone');
  else if (articleCount === 1) text = t('cardFooterOne', formatFuzzyDate(latest, locale));
  else text = t('cardFooterMany', [String(articleCount), formatFuzzyDate(latest, locale)]);
  return <footer>{text}</footer>;
}
