import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n.ts';
import type { CompanyMentions } from '../../shared/tab-mentions.ts';
import type { RankedCompanies } from '../rank-companies.ts';
import { CompanyRow } from './CompanyRow.tsx';
import { NotFlaggedFold } from './NotFlaggedFold.tsx';

interface CompanyListProps {
  ranked: RankedCompanies;
  onReveal: (mentions: CompanyMentions) => void;
}

/** Flagged companies first, each on its row; those our sources do not flag behind one line. */
export function CompanyList({ ranked, onReveal }: CompanyListProps) {
  const [open, setOpen] = useState(false);
  const { flagged, notFlagged, foldNotFlagged } = ranked;
  const shown = foldNotFlagged ? flagged : [...flagged, ...notFlagged];
  return (
    <div class="company-lists">
      {shown.length > 0 && (
        <ul class="company-list" aria-label={t('popupCompanyListLabel')}>
          {shown.map((r) => (
            <CompanyRow key={r.company.id} {...r} onReveal={onReveal} />
          ))}
        </ul>
      )}
      {foldNotFlagged && notFlagged.length > 0 && (
        <NotFlaggedFold count={notFlagged.length} open={open} onToggle={() => setOpen(!open)}>
          {notFlagged.map((r) => (
            <CompanyRow key={r.company.id} {...r} onReveal={onReveal} compact />
          ))}
        </NotFlaggedFold>
      )}
    </div>
  );
}
