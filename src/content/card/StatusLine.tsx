import type { CompanyStatus, StatusLevel } from '../../shared/dataset-types.ts';
import { formatFuzzyDate } from '../../shared/format-fuzzy-date.ts';
import { useText } from './card-text.ts';

const LEVEL_LABEL: Record<StatusLevel, string> = {
  restricted: 'cardLevelRestricted',
  contested: 'cardLevelContested',
  none: 'cardLevelNone',
};

/** The company's US standing: a colour-coded badge that also says its level in words, then the status line. */
export function StatusLine({ status, locale }: { status: CompanyStatus; locale: string }) {
  const t = useText();
  return (
    <p class="status">
      <span class="badge" data-level={status.level}>
        {t(LEVEL_LABEL[status.level])}
      </span>{' '}
      {t('cardStatusLine', [status.label, formatFuzzyDate(status.asOf, locale)])}
    </p>
  );
}
