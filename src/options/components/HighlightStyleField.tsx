import { t } from '../../shared/i18n.ts';
import type { HighlightStyle } from '../../shared/settings.ts';

const CHOICES: { value: HighlightStyle; labelKey: string; hintKey: string }[] = [
  { value: 'underline', labelKey: 'optionsStyleUnderline', hintKey: 'optionsStyleUnderlineHint' },
  { value: 'background', labelKey: 'optionsStyleBackground', hintKey: 'optionsStyleBackgroundHint' },
  { value: 'hover-only', labelKey: 'optionsStyleHoverOnly', hintKey: 'optionsStyleHoverOnlyHint' },
];

interface Props {
  value: HighlightStyle;
  onChange: (value: HighlightStyle) => void;
}

export function HighlightStyleField({ value, onChange }: Props) {
  return (
    <fieldset class="field">
      <legend class="field-label">{t('optionsHighlightStyle')}</legend>
      {CHOICES.map((choice) => (
        <label class="radio" key={choice.value}>
          <input
            type="radio"
            name="highlight-style"
            value={choice.value}
            checked={value === choice.value}
            onChange={() => onChange(choice.value)}
          />
          <span>
            <span class="radio-title">{t(choice.labelKey)}</span>
            <span class="field-hint">{t(choice.hintKey)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
