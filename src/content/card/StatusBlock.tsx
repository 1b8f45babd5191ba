import type { Article, CompanyStatus } from '../../shared/dataset-types.ts';
import { formatFuzzyAge, fuzzyAge } from '../../shared/fuzzy-date-age.ts';
import { useText } from './card-text.ts';
import { DateMark } from './DateMark.tsx';

/**
 * The status as the reader should take it, in one look: what (badge and label), as of when, and how
 * long ago. `none` without facts means no source flags the company, which is not an all-clear: it
 * gets a neutral badge. Green is kept for a sourced all-clear (`none` resting on facts).
 */
export type StatusTone = 'restricted' | 'contested' | 'cleared' | 'unflagged';

export function statusTone(status: CompanyStatus): StatusTone {
  if (status.level !== 'none') return status.level;
  return status.factIds.length > 0 ? 'cleared' : 'unflagged';
}

const BADGE: Record<StatusTone, string> = {
  restricted: 'cardLevelRestricted',
  contested: 'cardLevelContested',
  cleared: 'cardLevelCleared',
  unflagged: 'cardLevelNone',
};

interface StatusBlockProps {
  status: CompanyStatus;
  /** The article the "as of" date comes from, for its date basis. */
  source: Article | undefined;
  locale: string;
  now: Date;
}

export function StatusBlock({ status, source, locale, now }: StatusBlockProps) {
  const t = useText();
  const tone = statusTone(status);
  const age = fuzzyAge(status.asOf, now);
  return (
    <div class="status">
      <p class="status-what">
        <span class="badge" data-tone={tone}>
          {t(BADGE[tone])}
        </span>
        {tone === 'unflagged' ? null : (
          <>
            {' '}
            <span class="label">{status.label}</span>
          </>
        )}
      </p>
      <p class="status-when">
        <span class="as-of">
          {`${t('cardAsOf')} `}
          <DateMark date={status.asOf} locale={locale} basis={source?.dateBasis} />
        </span>{' '}
        {age === null ? null : (
          <span class="age" data-stale={age.stale} title={age.stale ? t('cardStale') : undefined}>
            {age.stale ? (
              <span class="warn" aria-hidden="true">
                ⚠
              </span>
            ) : null}
            {formatFuzzyAge(age, locale)}
            {age.stale ? <span class="visually-hidden">{`, ${t('cardStale')}`}</span> : null}
          </span>
        )}
      </p>
    </div>
  );
}
