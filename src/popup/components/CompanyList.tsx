import { t } from '../../shared/i18n.ts';
import type { CompanyMentions } from '../../shared/tab-mentions.ts';
import { CompanyRow } from './CompanyRow.tsx';

interface CompanyListProps {
  companies: CompanyMentions[];
  onReveal: (mentions: CompanyMentions) => void;
}

export function CompanyList({ companies, onReveal }: CompanyListProps) {
  if (companies.length === 0) return null;
  return (
    <ul class="company-list" aria-label={t('popupCompanyListLabel')}>
      {companies.map((mentions) => (
        <CompanyRow key={mentions.companyId} mentions={mentions} onReveal={onReveal} />
      ))}
    </ul>
  );
}
