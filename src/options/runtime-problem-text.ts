import { t } from '../shared/i18n.ts';
import type { PackRuntimeProblem } from '../shared/pack-runtime.ts';

const MB = 1_000_000;

/**
 * What the options page says when the background could not apply the enabled packs
 * (`PACK_RUNTIME_PROBLEM_KEY`, docs/dataset.md#knowledge-packs-in-the-extension): what happened,
 * then what the user can do about it.
 */
export function runtimeProblemText(problem: PackRuntimeProblem, locale?: string): [string, string] {
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const mb = (bytes: number) => format.format(Math.max(0.1, Math.ceil(bytes / (MB / 10)) / 10));
  return [
    t('optionsPacksTooLargeTogether', [mb(problem.bytes), mb(problem.maxBytes)]),
    t('optionsPacksTooLargeWhatToDo'),
  ];
}
