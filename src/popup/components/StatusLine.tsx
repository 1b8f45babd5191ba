import { t } from '../../shared/i18n.ts';
import type { PageStatus } from '../page-status.ts';

/** One sentence on what the extension is doing with this page. Announced when it changes. */
export function StatusLine({ status }: { status: PageStatus }) {
  return (
    <p class={`status-line status-line-${status.kind}`} role="status" id="page-status">
      {statusText(status)}
    </p>
  );
}

function statusText(status: PageStatus): string {
  switch (status.kind) {
    case 'checking':
      return t('popupChecking');
    case 'unavailable':
      return t('popupUnavailable');
    case 'off-globally':
      return t('popupOffGlobally');
    case 'off-on-site':
      return t('popupOffOnSite', status.hostname);
    case 'scanning':
      return t('popupScanning');
    case 'found': {
      const n = status.companies.length;
      if (n === 0) return t('popupFoundNone');
      return t(n === 1 ? 'popupFoundOne' : 'popupFoundMany', String(n));
    }
  }
}
