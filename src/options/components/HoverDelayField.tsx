import { useEffect, useState } from 'preact/hooks';
import { t } from '../../shared/i18n.ts';
import { HOVER_DELAY_MAX_MS, HOVER_DELAY_MIN_MS } from '../../shared/settings-schema.ts';

interface Props {
  value: number;
  onChange: (value: number) => void;
}

/**
 * A number field saved when the user commits it (change, not every keystroke), clamped to the range
 * the setting allows. An empty or unreadable entry reverts to the stored value.
 */
export function HoverDelayField({ value, onChange }: Props) {
  const [draft, setDraft] = useState(String(value));
  useEffect(() => setDraft(String(value)), [value]);
  const commit = (text: string) => {
    const n = Number(text);
    if (text.trim() === '' || !Number.isFinite(n)) {
      setDraft(String(value));
      return;
    }
    const clamped = Math.round(Math.min(HOVER_DELAY_MAX_MS, Math.max(HOVER_DELAY_MIN_MS, n)));
    setDraft(String(clamped));
    if (clamped !== value) onChange(clamped);
  };
  return (
    <div class="field">
      <label class="field-label" for="hover-delay">
        {t('optionsHoverDelay')}
      </label>
      <div class="inline">
        <input
          id="hover-delay"
          type="number"
          inputMode="numeric"
          min={HOVER_DELAY_MIN_MS}
          max={HOVER_DELAY_MAX_MS}
          step={50}
          value={draft}
          aria-describedby="hover-delay-hint"
          onInput={(e) => setDraft(e.currentTarget.value)}
          onChange={(e) => commit(e.currentTarget.value)}
        />
        <span>{t('optionsMilliseconds')}</span>
      </div>
      <span class="field-hint" id="hover-delay-hint">
        {t('optionsHoverDelayHint', [String(HOVER_DELAY_MIN_MS), String(HOVER_DELAY_MAX_MS)])}
      </span>
    </div>
  );
}
