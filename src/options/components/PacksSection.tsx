import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n.ts';
import type { PackSummary } from '../../shared/pack-store.ts';
import { downloadBlob, packFileName } from '../download-blob.ts';
import { startPackWorker } from '../pack-worker-client.ts';
import { usePackImport } from '../use-pack-import.ts';
import { usePacks } from '../use-packs.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { ImportStatus } from './ImportStatus.tsx';
import { PackImportField } from './PackImportField.tsx';
import { PackRow } from './PackRow.tsx';
import { RuntimeProblem } from './RuntimeProblem.tsx';

/** Knowledge packs: the built-in one first, then the imported ones; import, switch, export, remove. */
export function PacksSection() {
  const packs = usePacks();
  const importer = usePackImport(packs.refresh);
  const [notice, setNotice] = useState('');
  const [removing, setRemoving] = useState<PackSummary | null>(null);

  const change = (task: Parameters<typeof packs.change>[0], done: string) =>
    packs.change(task).then(
      () => setNotice(done),
      (error: unknown) => setNotice(t('optionsPackChangeFailed', String(error))),
    );

  const exportStored = async (summary: PackSummary) => {
    const worker = startPackWorker();
    try {
      const answer = await worker.ask({ type: 'export', id: summary.id });
      if (answer.type !== 'exported')
        throw new Error(answer.type === 'crashed' ? answer.message : answer.type);
      downloadBlob(answer.blob, packFileName(summary.header));
    } catch (error) {
      setNotice(t('optionsPackChangeFailed', String(error)));
    } finally {
      worker.end();
    }
  };

  const { state } = importer;
  return (
    <section class="panel packs" aria-labelledby="packs-heading">
      <div class="field">
        <h2 class="field-label" id="packs-heading">
          {t('optionsPacks')}
        </h2>
        <p class="field-hint">{t('optionsPacksIntro')}</p>
      </div>
      <RuntimeProblem />
      <ul class="pack-list" id="pack-list" aria-busy={packs.builtIn === null || packs.stored === null}>
        {packs.builtIn && (
          <PackRow
            summary={packs.builtIn.summary}
            builtIn
            onExport={() => {
              const { text, summary } = packs.builtIn ?? {};
              if (text && summary)
                downloadBlob(new Blob([text], { type: 'application/json' }), packFileName(summary.header));
            }}
          />
        )}
        {packs.stored?.map((summary) => (
          <PackRow
            key={summary.id}
            summary={summary}
            onToggle={(enabled) =>
              change(
                (store) => store.setEnabled(summary.id, enabled),
                t(enabled ? 'optionsPackSwitchedOn' : 'optionsPackSwitchedOff', summary.header.name),
              )
            }
            onExport={() => exportStored(summary)}
            onRemove={() => setRemoving(summary)}
          />
        ))}
      </ul>
      {packs.loadError && (
        <p class="pack-result" role="alert">
          {t('optionsPackListFailed', packs.loadError)}
        </p>
      )}
      <p class="notice" role="status" id="packs-notice">
        {notice}
      </p>
      <PackImportField busy={importer.busy} onFile={importer.importFile} onBadDrop={importer.rejectDrop} />
      <ImportStatus state={state} attempt={importer.attempt} />
      {state.kind === 'confirm' && (
        <ConfirmDialog
          id="pack-replace-dialog"
          title={t(state.decision.same ? 'optionsPackReplaceSameTitle' : 'optionsPackReplaceOlderTitle')}
          text={t(state.decision.same ? 'optionsPackReplaceSame' : 'optionsPackReplaceOlder', [
            state.header.name,
            state.decision.storedVersion,
            state.header.version,
          ])}
          confirmLabel={t('optionsPackReplace')}
          onClose={importer.confirmReplace}
        />
      )}
      {removing && (
        <ConfirmDialog
          id="pack-remove-dialog"
          title={t('optionsPackRemoveTitle', removing.header.name)}
          text={t('optionsPackRemoveText')}
          confirmLabel={t('optionsPackRemove')}
          onClose={(confirmed) => {
            const pack = removing;
            setRemoving(null);
            if (confirmed)
              change((store) => store.remove(pack.id), t('optionsPackRemoved', pack.header.name));
          }}
        />
      )}
    </section>
  );
}
