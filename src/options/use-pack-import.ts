import { useRef, useState } from 'preact/hooks';
import { t } from '../shared/i18n.ts';
import { MAX_PACK_CHARS, type PackHeader } from '../shared/pack/pack-schema.ts';
import { bumpPacksRevision, packsApplied } from '../shared/packs-revision.ts';
import type { ImportDecision } from './import-decision.ts';
import type { ImportProgress } from './pack-import-messages.ts';
import { startPackWorker } from './pack-worker-client.ts';

export type ImportState =
  | { kind: 'idle' }
  | { kind: 'busy'; fileName: string; progress: ImportProgress }
  | {
      kind: 'confirm';
      fileName: string;
      header: PackHeader;
      decision: Extract<ImportDecision, { kind: 'older-or-same' }>;
    }
  | { kind: 'done'; message: string }
  /** `errors`: the first formatted errors of `total`; none when `message` says it all. */
  | { kind: 'failed'; message: string; errors: string[]; total: number };

const MB = 1_000_000;
/** How long the page shows the background's work after storing before it says done anyway. */
const APPLYING_TIMEOUT_MS = 60_000;

/**
 * One import at a time, from a chosen or dropped file to the store: size first, then the worker
 * checks the pack and, only when every check passed (and the user agreed to replace a newer or equal
 * version), stores it in one transaction.
 */
export function usePackImport(onStored: () => Promise<void>) {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const answer = useRef<((replace: boolean) => void) | null>(null);
  // Counts imports, so that the same outcome twice in a row still reads as a new one (tests wait on it).
  const [attempt, setAttempt] = useState(0);
  const busy = state.kind === 'busy' || state.kind === 'confirm';

  const failed = (message: string, errors: string[] = [], total = 0) =>
    setState({ kind: 'failed', message, errors, total });

  async function importFile(file: File): Promise<void> {
    const fileName = file.name;
    setAttempt((n) => n + 1);
    if (file.size > MAX_PACK_CHARS) {
      const size = (n: number) => String(Math.ceil(n / MB));
      failed(t('optionsPackTooLarge', [fileName, size(file.size), size(MAX_PACK_CHARS)]));
      return;
    }
    setState({ kind: 'busy', fileName, progress: { phase: 'reading' } });
    const worker = startPackWorker((progress) => setState({ kind: 'busy', fileName, progress }));
    try {
      const checked = await worker.ask({ type: 'check', file });
      if (checked.type !== 'result')
        return failed(t('optionsPackStoreFailed', [fileName, messageOf(checked)]));
      const { result } = checked;
      if (result.kind === 'invalid') {
        const title = result.total === 1 ? 'optionsPackInvalidOne' : 'optionsPackInvalid';
        return failed(t(title, [fileName, String(result.total)]), result.errors, result.total);
      }
      const { header, decision } = result;
      if (decision.kind === 'built-in') return failed(t('optionsPackBuiltInId', [fileName, header.id]));
      if (decision.kind === 'older-or-same') {
        const replace = await new Promise<boolean>((resolve) => {
          answer.current = resolve;
          setState({ kind: 'confirm', fileName, header, decision });
        });
        if (!replace) return setState({ kind: 'done', message: t('optionsPackCancelled', fileName) });
        setState({ kind: 'busy', fileName, progress: { phase: 'storing' } });
      }
      const stored = await worker.ask({ type: 'store' });
      if (stored.type !== 'stored') {
        const quota = stored.type === 'store-failed' && stored.quota;
        return failed(
          quota
            ? t('optionsPackQuota', fileName)
            : t('optionsPackStoreFailed', [fileName, messageOf(stored)]),
        );
      }
      // Its copy of the pack (hundreds of MB for 100,000 companies) goes before the background reads its own.
      worker.end();
      const revision = await bumpPacksRevision();
      await onStored();
      // Stored; the background now builds what tabs read from it, seconds for a large pack.
      setState({ kind: 'busy', fileName, progress: { phase: 'applying' } });
      await packsApplied(revision, APPLYING_TIMEOUT_MS);
      const done =
        decision.kind === 'update'
          ? t('optionsPackUpdated', [header.name, decision.storedVersion, header.version])
          : t('optionsPackImported', [header.name, header.version]);
      const merged =
        result.mergedCompanies > 0 ? ` ${t('optionsPackMerged', String(result.mergedCompanies))}` : '';
      setState({ kind: 'done', message: done + merged });
    } finally {
      answer.current = null;
      worker.end();
    }
  }

  return {
    state,
    attempt,
    busy,
    importFile: (file: File) => {
      if (!busy) importFile(file).catch((error: unknown) => failed(String(error)));
    },
    /** Answers the replace dialog. */
    confirmReplace: (replace: boolean) => answer.current?.(replace),
    rejectDrop: () => failed(t('optionsPackOneFile')),
  };
}

function messageOf(answer: { type: string; message?: string }): string {
  return answer.message ?? answer.type;
}
