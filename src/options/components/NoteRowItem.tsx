import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n.ts';
import type { NoteRow } from '../../shared/my-notes-edits.ts';

interface Props {
  row: NoteRow;
  onSave(summary: string): void;
  onDelete(): void;
}

/** One captured fact: its company, date and quote; its summary editable; delete. */
export function NoteRowItem({ row, onSave, onDelete }: Props) {
  const [summary, setSummary] = useState(row.summary);
  const inputId = `note-summary-${row.factId}`;
  return (
    <li class="note-row" data-fact-id={row.factId}>
      <p class="note-head">
        <strong>{row.companyName}</strong> · {row.date}
      </p>
      <blockquote class="note-quote">{row.quote}</blockquote>
      {row.url && <p class="note-url">{row.url}</p>}
      <form
        class="note-edit"
        onSubmit={(e) => {
          e.preventDefault();
          if (summary.trim() !== '') onSave(summary.trim());
        }}
      >
        <label for={inputId}>{t('optionsNoteSummary')}</label>
        <input
          id={inputId}
          class="note-summary"
          value={summary}
          onInput={(e) => setSummary(e.currentTarget.value)}
        />
        <button type="submit" class="secondary note-save">
          {t('optionsNoteSave')}
        </button>
        <button type="button" class="secondary note-delete" onClick={onDelete}>
          {t('optionsNoteDelete')}
        </button>
      </form>
    </li>
  );
}
