import { t } from '../../shared/i18n.ts';

export interface RadioChoice<T extends string> {
  value: T;
  labelKey: string;
  /** What the choice does, in a line under it. */
  hintKey: string;
}

interface Props<T extends string> {
  /** The `name` of the radio group. */
  name: string;
  legendKey: string;
  choices: readonly RadioChoice<T>[];
  value: T;
  onChange: (value: T) => void;
}

/** A setting with a few named choices, each with its hint: one radio group in a fieldset. */
export function RadioChoiceField<T extends string>({ name, legendKey, choices, value, onChange }: Props<T>) {
  return (
    <fieldset class="field">
      <legend class="field-label">{t(legendKey)}</legend>
      {choices.map((choice) => (
        <label class="radio" key={choice.value}>
          <input
            type="radio"
            name={name}
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
