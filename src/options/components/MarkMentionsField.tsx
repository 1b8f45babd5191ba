import { t } from '../../shared/i18n.ts';
import type { MarkMentions } from '../../shared/settings.ts';

const CHOICES: { value: MarkMentions; labelKey: string; hintKey: string }[] = [
  { value: 'every', labelKey: 'optionsMarkEvery', hintKey: 'optionsMarkEveryHint' },
  { value: 'first-per-section', labelKey: 'optionsMarkFirst', hintKey: 'optionsMarkFirstHint' },
];

interface Props {
  value: MarkMentions;
  onChange: (value: MarkMentions) => void;
}

/** Every mention, or the quieter first mention per section; the hint states the rule exactly. */
export function MarkMentionsField({ value, onChange }: Props) {
  return (
    <fieldset class="field">
      <legend class="field-label">{t('optionsMarkMentions')}</legend>
      {CHOICES.map((choice) => (
        <label class="radio" key={choice.value}>
          <input
            type="radio"
            name="mark-mentions"
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
