import type { Company } from '../../shared/dataset-types.ts';
import { t } from '../../shared/i18n.ts';
import type { CompanyMentions } from '../../shared/tab-mentions.ts';
import { StatusBadge } from './StatusBadge.tsx';

interface CompanyRowProps {
  company: Company;
  mentions: CompanyMentions;
  onReveal: (mentions: CompanyMentions) => void;
  /** Name and count only, where the list around it already says the status. */
  compact?: boolean;
}

/**
 * One company found on the page; activating it shows its next mention and card. A company our
 * sources do not flag gets no badge and a neutral line: no finding is not an all-clear.
 */
export function CompanyRow({ company, mentions, onReveal, compact = false }: CompanyRowProps) {
  const { level } = company.status;
  const countText = t(
    mentions.count === 1 ? 'popupMentionsOne' : 'popupMentionsMany',
    String(mentions.count),
  );
  return (
    <li>
      <button
        type="button"
        class="company-row"
        data-company-id={company.id}
        data-level={level}
        title={t('popupRevealHint')}
        onClick={() => onReveal(mentions)}
      >
        <span class="company-main">
          <span class="company-name">{company.name}</span>
          {level !== 'none' && <StatusBadge level={level} />}
        </span>
        {!compact && (
          <span class="company-label">{level === 'none' ? t('popupNotFlagged') : company.status.label}</span>
        )}
        <span class="company-count" aria-hidden="true">
          {mentions.count}
        </span>
        <span class="cl-visually-hidden">{countText}</span>
      </button>
    </li>
  );
}
