import { useId, useMemo, useState } from 'preact/hooks';
import type { Article, Fact } from '../../shared/dataset-types.ts';
import { formatMarkedDate } from '../../shared/format-fuzzy-date.ts';
import { noteFactId } from '../../shared/my-notes-id.ts';
import { quoteLink } from '../../shared/quote-link.ts';
import { useSourceActions } from './card-actions.ts';
import { useText } from './card-text.ts';
import { DateMark } from './DateMark.tsx';

interface FactItemProps {
  fact: Fact;
  article: Article | undefined;
  locale: string;
}

/** One dated fact; its disclosure button reveals the verbatim quote, where it comes from, and how to read it there. */
export function FactItem({ fact, article, locale }: FactItemProps) {
  const t = useText();
  const [expanded, setExpanded] = useState(false);
  const sourceId = useId();
  return (
    <li>
      <button
        type="button"
        class="toggle"
        aria-expanded={expanded}
        aria-controls={sourceId}
        onClick={() => setExpanded(!expanded)}
      >
        <span class="row-text">
          <span class="date">{formatMarkedDate(fact.date, locale)}</span>{' '}
          <span class="summary">{fact.summary}</span>
        </span>
        <span class="chevron" aria-hidden="true">
          <svg viewBox="0 0 16 16" aria-hidden="true">
            <path d="M6 3.5 10.5 8 6 12.5" />
          </svg>
        </span>
      </button>
      <div class="source" id={sourceId} hidden={!expanded}>
        <blockquote>{fact.quote}</blockquote>
        {article ? (
          <SourceDetails fact={fact} article={article} locale={locale} expanded={expanded} />
        ) : (
          <p class="cite">{t('cardSourceMissing')}</p>
        )}
      </div>
    </li>
  );
}

interface SourceDetailsProps {
  fact: Fact;
  article: Article;
  locale: string;
  expanded: boolean;
}

function SourceDetails({ fact, article, locale, expanded }: SourceDetailsProps) {
  const t = useText();
  const actions = useSourceActions();
  // Looked for only once the fact is opened: on its own page this reads the page's text.
  const place = useMemo(
    () => (expanded ? (actions.placeOfQuote?.(fact, article) ?? 'elsewhere') : 'elsewhere'),
    [expanded, fact, article, actions],
  );
  const [copy, setCopy] = useState<'idle' | 'done' | 'failed'>('idle');
  const origin = [
    article.publisher ?? t('cardPublisherUnknown'),
    article.cites === null ? null : t('cardCites', article.cites),
  ].filter((part): part is string => part !== null);
  return (
    <>
      <p class="cite">
        <cite>{article.headline}</cite>
      </p>
      <p class="cite-meta">
        {`${origin.join(' · ')} · `}
        <DateMark date={article.date} locale={locale} basis={article.dateBasis} />
      </p>
      <p class="cite-pack">{fact.pack ? t('cardFromPack', fact.pack.name) : t('cardFromBundled')}</p>
      <p class="source-actions">
        <button type="button" class="link" onClick={() => actions.readSource(fact)}>
          {t('cardReadSource')}
        </button>
        <button
          type="button"
          class="link"
          onClick={() => {
            actions.copyCitation(fact, article).then((ok) => setCopy(ok ? 'done' : 'failed'));
          }}
        >
          {t('cardCopy')}
        </button>
        {place === 'here' ? (
          <button type="button" class="link show-quote" onClick={() => actions.scrollToQuote?.(fact)}>
            {t('cardShowQuote')}
          </button>
        ) : article.url === null ? null : (
          // A pack's fact links its page at the quote (a text fragment).
          <a
            class="link"
            href={fact.pack ? quoteLink(article.url, fact.quote) : article.url}
            target="_blank"
            rel="noopener noreferrer"
          >
            {t('cardOriginal')}
          </a>
        )}
      </p>
      {place === 'gone' && <p class="quote-gone">{t('cardQuoteGone')}</p>}
      {noteFactId(fact.id) !== null && actions.editNote && actions.deleteNote ? (
        <NoteControls fact={fact} />
      ) : null}
      <p class="copy-status" role="status">
        {copy === 'done' ? t('cardCopied') : copy === 'failed' ? t('cardCopyFailed') : ''}
      </p>
    </>
  );
}

/** A fact of "My notes": edit it (a page of its own, opened beside this tab) or delete it. */
function NoteControls({ fact }: { fact: Fact }) {
  const t = useText();
  const actions = useSourceActions();
  const [busy, setBusy] = useState(false);
  return (
    <p class="note-actions">
      <button type="button" class="link edit-note" onClick={() => actions.editNote?.(fact)}>
        {t('cardNoteEdit')}
      </button>
      <button
        type="button"
        class="link delete-note"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          actions.deleteNote?.(fact).finally(() => setBusy(false));
        }}
      >
        {t('cardNoteDelete')}
      </button>
    </p>
  );
}
