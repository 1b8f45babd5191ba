import type { StatusLevel } from '../../shared/dataset-types.ts';
import { t } from '../../shared/i18n.ts';

const LABEL_KEYS: Record<StatusLevel, string> = {
  restricted: 'popupStatusRestricted',
  contested: 'popupStatusContested',
  none: 'popupStatusNone',
};

/** The company's US standing in one word, in the same colours as its marks on the page. */
export function StatusBadge({ level }: { level: StatusLevel }) {
  return <span class={`status-badge status-${level}`}>{t(LABEL_KEYS[level])}</span>;
}
