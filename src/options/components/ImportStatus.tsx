import { t } from '../../shared/i18n.ts';
import { progressText } from '../pack-summary-text.ts';
import type { ImportState } from '../use-pack-import.ts';

/**
 * Where the import speaks: progress and the outcome in a polite live region, the error list below it
 * (read on demand, not announced line by line).
 */
export function ImportStatus({ state, attempt }: { state: ImportState; attempt: number }) {
  return (
    <>
      <div
        class="pack-status"
        id="pack-import-status"
        role="status"
        aria-live="polite"
        data-attempt={attempt}
      >
        {state.kind === 'busy' && <Progress state={state} />}
        {state.kind === 'done' && <p class="pack-result">{state.message}</p>}
        {state.kind === 'failed' && (
          <div class="pack-failed">
            <p class="pack-result">{state.message}</p>
            <p>{t('optionsPackNothingStored')}</p>
          </div>
        )}
      </div>
      {state.kind === 'failed' && state.errors.length > 0 && (
        <div class="pack-errors">
          <ol id="pack-errors">
            {state.errors.map((error, index) => (
              <li key={index}>{error}</li>
            ))}
          </ol>
          {state.total > state.errors.length && (
            <p class="field-hint" id="pack-errors-more">
              {t('optionsPackShownOf', [String(state.errors.length), String(state.total)])}
            </p>
          )}
        </div>
      )}
    </>
  );
}

function Progress({ state }: { state: Extract<ImportState, { kind: 'busy' }> }) {
  const { progress } = state;
  const text =
    progress.phase === 'reading'
      ? t('optionsPackReading', state.fileName)
      : progress.phase === 'checking'
        ? progressText(progress.done, progress.total)
        : progress.phase === 'cross-checking'
          ? t('optionsPackCrossChecking')
          : progress.phase === 'storing'
            ? t('optionsPackStoring', state.fileName)
            : t('optionsPackApplying');
  return (
    <div class="pack-progress">
      <label for="pack-progress">{text}</label>
      {progress.phase === 'checking' ? (
        <progress id="pack-progress" max={progress.total} value={progress.done} />
      ) : (
        <progress id="pack-progress" />
      )}
    </div>
  );
}
