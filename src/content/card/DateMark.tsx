import { useId, useState } from 'preact/hooks';
import type { FuzzyDate } from '../../shared/dataset-types.ts';
import { formatMarkedDate, INFERRED_MARK } from '../../shared/format-fuzzy-date.ts';
import { useText } from './card-text.ts';

/**
 * A date with its inferred mark ("~Mar 2021"). Where the date is inferred and `basis` says how, the
 * date is a toggletip: the explanation shows on hover or focus, and a click or tap keeps it open; it
 * is also the date's accessible description.
 * https://inclusive-components.design/tooltips-toggletips/
 */
export function DateMark({ date, locale, basis }: { date: FuzzyDate; locale: string; basis?: string }) {
  const t = useText();
  const tipId = useId();
  const [open, setOpen] = useState(false);
  const text = formatMarkedDate(date, locale);
  if (!date.inferred || basis === undefined) return <span class="when">{text}</span>;
  return (
    <>
      <button
        type="button"
        class="when inferred"
        aria-describedby={tipId}
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {text}
      </button>{' '}
      <span class="tip" id={tipId} role="tooltip" data-open={open}>
        {t('cardInferredExplain', [INFERRED_MARK, basis])}
      </span>
    </>
  );
}
