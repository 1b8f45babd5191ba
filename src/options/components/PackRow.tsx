import { t } from '../../shared/i18n.ts';
import type { PackSummary } from '../../shared/pack-store.ts';
import { packSummaryText } from '../pack-summary-text.ts';

interface Props {
  summary: PackSummary;
  /** The pack that comes with the extension: always on, never removed. */
  builtIn?: boolean;
  onToggle?: (enabled: boolean) => void;
  onExport: () => void;
  onRemove?: () => void;
}

/** One pack: what it is, how much it holds, its switch and its actions. Every field is text. */
export function PackRow({ summary, builtIn = false, onToggle, onExport, onRemove }: Props) {
  const { id, header } = summary;
  const nameId = `pack-${id}-name`;
  const useId = `pack-${id}-use`;
  return (
    <li class="pack" data-pack-id={id}>
      <div class="pack-head">
        <h3 class="pack-name" id={nameId}>
          {header.name}
        </h3>
        {builtIn ? (
          <span class="pack-built-in">{t('optionsPackBuiltIn')}</span>
        ) : (
          <label class="pack-use">
            <span id={useId}>{t('optionsPackUse')}</span>
            <input
              type="checkbox"
              role="switch"
              class="cl-switch"
              aria-labelledby={`${useId} ${nameId}`}
              aria-checked={summary.enabled}
              checked={summary.enabled}
              onChange={(event) => onToggle?.(event.currentTarget.checked)}
            />
          </label>
        )}
      </div>
      <p class="pack-meta">{t('optionsPackBy', [header.version, header.publisher])}</p>
      <p class="pack-counts">{packSummaryText(summary)}</p>
      {builtIn ? (
        <p class="pack-description">{t('optionsPackBuiltInHint')}</p>
      ) : (
        <p class="pack-description">{header.description}</p>
      )}
      <div class="pack-actions">
        <button
          type="button"
          class="secondary pack-export"
          aria-label={t('optionsPackExportNamed', header.name)}
          onClick={onExport}
        >
          {t('optionsPackExport')}
        </button>
        {onRemove && (
          <button
            type="button"
            class="secondary pack-remove"
            aria-label={t('optionsPackRemoveNamed', header.name)}
            onClick={onRemove}
          >
            {t('optionsPackRemove')}
          </button>
        )}
      </div>
    </li>
  );
}
