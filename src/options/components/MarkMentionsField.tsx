import type { MarkMentions } from '../../shared/settings.ts';
import { type RadioChoice, RadioChoiceField } from './RadioChoiceField.tsx';

const CHOICES: RadioChoice<MarkMentions>[] = [
  { value: 'every', labelKey: 'optionsMarkEvery', hintKey: 'optionsMarkEveryHint' },
  { value: 'first-per-section', labelKey: 'optionsMarkFirst', hintKey: 'optionsMarkFirstHint' },
];

/** Every mention, or the quieter first mention per section; the hint states the rule exactly. */
export function MarkMentionsField(props: { value: MarkMentions; onChange: (value: MarkMentions) => void }) {
  return (
    <RadioChoiceField name="mark-mentions" legendKey="optionsMarkMentions" choices={CHOICES} {...props} />
  );
}
