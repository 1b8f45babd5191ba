import { t } from '../../shared/i18n.ts';
import type { NoteRow } from '../../shared/my-notes-edits.ts';

interface Props {
  row: NoteRow;
  onEdit(): void;
  onDelete(): void;
}

/**
 * One captured fact: its company, date, summary and quote; edit it (in the capture page's edit mode,
 * as from its card: one editor for every field) or delete it.
 */
export function NoteRowItem({ row, onEdit, onDelete }: Props) {
  const summaryId = `note-summary-${row.factId}`;
  return (
    <li class="note-row" data-fact-id={row.factId}>
      <p class="note-head">
        <strong>{row.companyName}</strong> · {row.date}
      </p>
      <p class="note-summary-text" id={summaryId}>
        {row.summary}
      </p>
      <blockquote class="note-quote">{row.quote}</blockquote>
      {row.url && <p class="note-url">{row.url}</p>}
      <p class="note-actions">
        <button type="button" class="secondary note-edit" aria-describedby={summaryId} onClick={onEdit}>
          {t('optionsNoteEdit')}
        </button>
        <button type="button" class="secondary note-delete" aria-describedby={summaryId} onClick={onDelete}>
          {t('optionsNoteDelete')}
        </button>
      </p>
    </li>
  );
}
