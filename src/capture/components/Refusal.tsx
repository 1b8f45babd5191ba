import type { CaptureProblem } from '../../shared/capture-draft.ts';
import { t } from '../../shared/i18n.ts';

const KEYS: Record<CaptureProblem, string> = {
  empty: 'captureRefusedEmpty',
  'too-short': 'captureRefusedTooShort',
  'too-long': 'captureRefusedTooLong',
  password: 'captureRefusedPassword',
  unreadable: 'captureRefusedUnreadable',
};

/** Why nothing was captured; nothing was stored. */
export function Refusal({ problem }: { problem: CaptureProblem }) {
  return (
    <section class="capture-refusal" role="alert" data-problem={problem}>
      <h2>{t('captureRefusedHeading')}</h2>
      <p>{t(KEYS[problem])}</p>
      <p>{t('captureRefusedNothingStored')}</p>
    </section>
  );
}
