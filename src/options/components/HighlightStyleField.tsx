import type { HighlightStyle } from '../../shared/settings.ts';
import { type RadioChoice, RadioChoiceField } from './RadioChoiceField.tsx';

const CHOICES: RadioChoice<HighlightStyle>[] = [
  { value: 'underline', labelKey: 'optionsStyleUnderline', hintKey: 'optionsStyleUnderlineHint' },
  { value: 'background', labelKey: 'optionsStyleBackground', hintKey: 'optionsStyleBackgroundHint' },
  { value: 'hover-only', labelKey: 'optionsStyleHoverOnly', hintKey: 'optionsStyleHoverOnlyHint' },
];

export function HighlightStyleField(props: {
  value: HighlightStyle;
  onChange: (value: HighlightStyle) => void;
}) {
  return (
    <RadioChoiceField name="highlight-style" legendKey="optionsHighlightStyle" choices={CHOICES} {...props} />
  );
}
