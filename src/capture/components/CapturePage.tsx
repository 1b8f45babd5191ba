import { useEffect, useState } from 'preact/hooks';
import { type CaptureDraft, forgetCaptureDraft, readCaptureDraft } from '../../shared/capture-draft.ts';
import { applyTheme } from '../../shared/extension-page.ts';
import { t } from '../../shared/i18n.ts';
import { useSettings } from '../../shared/use-settings.ts';
import { type KnownCompanies, loadKnownCompanies } from '../known-companies.ts';
import { CaptureForm } from './CaptureForm.tsx';
import { EditNote } from './EditNote.tsx';
import { Refusal } from './Refusal.tsx';

type State =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'ready'; draft: CaptureDraft; known: KnownCompanies | null }
  | { kind: 'saved' };

/**
 * The capture page: the draft named in its URL, refused or as a form, then what became of it; or,
 * with `?edit=<fact id>`, the edit of a fact of "My notes".
 */
export function CapturePage({ search }: { search: string }) {
  const editing = new URLSearchParams(search).get('edit');
  const [state, setState] = useState<State>({ kind: 'loading' });
  const settings = useSettings();
  useEffect(() => {
    if (settings) applyTheme(document, settings.theme);
  }, [settings?.theme]);
  useEffect(() => {
    if (editing !== null) {
      document.title = t('editNoteTitle');
      return;
    }
    (async () => {
      const draft = await readCaptureDraft(new URLSearchParams(search).get('draft'));
      if (!draft) return setState({ kind: 'missing' });
      const known = draft.reading.ok ? await loadKnownCompanies(draft.reading.quote) : null;
      setState({ kind: 'ready', draft, known });
    })().catch(() => setState({ kind: 'missing' }));
  }, [search]);

  if (editing !== null) {
    return (
      <main class="capture">
        <h1>{t('editNoteTitle')}</h1>
        <EditNote factId={editing} />
      </main>
    );
  }
  return (
    <main class="capture">
      <h1>{t('captureTitle')}</h1>
      {state.kind === 'loading' && <p aria-busy="true">{t('captureLoading')}</p>}
      {state.kind === 'missing' && <p role="alert">{t('captureMissing')}</p>}
      {state.kind === 'ready' && !state.draft.reading.ok && <Refusal problem={state.draft.reading.problem} />}
      {state.kind === 'ready' && state.draft.reading.ok && state.known && (
        <CaptureForm
          reading={state.draft.reading}
          capturedOn={state.draft.capturedOn}
          known={state.known}
          onSaved={() => {
            setState({ kind: 'saved' });
            // The page text it holds is not kept once it is a fact.
            const id = new URLSearchParams(search).get('draft');
            if (id) forgetCaptureDraft(id).catch(() => {});
          }}
        />
      )}
      {state.kind === 'saved' && (
        <p class="capture-saved" role="status">
          {t('captureSaved')}
        </p>
      )}
    </main>
  );
}
