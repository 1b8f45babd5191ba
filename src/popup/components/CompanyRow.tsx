import { companyById } from '../../shared/dataset.ts';
import { t } from '../../shared/i18n.ts';
import type { CompanyMentions } from '../../shared/tab-mentions.ts';
import { StatusBadge } from './StatusBadge.tsx';

interface CompanyRowProps {
  mentions: CompanyMentions;
  onReveal: (mentions: CompanyMentions) => void;
}

/** One company found on the page; activating it shows its next mention and card. */
export function CompanyRow({ mentions, onReveal }: CompanyRowProps) {
  const company = companyById(mentions.companyId);
  // A report naming a company the dataset lacks (an older content script after an update) is skipped.
  if (!company) return null;
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
        title={t('popupRevealHint')}
        onClick={() => onReveal(mentions)}
      >
        <span class="company-main">
          <span class="company-name">{company.name}</span>
          <StatusBadge level={company.status.level} />
        </span>
        <span class="company-label">{company.status.label}</span>
        <span class="company-count" aria-hidden="true">
          {mentions.count}
        </span>
        <span class="cl-visually-hidden">{countText}</span>
      </button>
    </li>
  );
}
