import type { StatusLevel } from '../../shared/dataset-types.ts';
import { t } from '../../shared/i18n.ts';

type FlaggedLevel = Exclude<StatusLevel, 'none'>;

const LABEL_KEYS: Record<FlaggedLevel, string> = {
  restricted: 'popupStatusRestricted',
  contested: 'popupStatusContested',
};

/** A flagged company's US standing in one word, in the same colours as its marks on the page. */
export function StatusBadge({ level }: { level: FlaggedLevel }) {
  return <span class={`status-badge status-${level}`}>{t(LABEL_KEYS[level])}</span>;
}
