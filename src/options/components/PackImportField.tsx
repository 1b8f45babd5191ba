import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n.ts';

interface Props {
  busy: boolean;
  onFile: (file: File) => void;
  onBadDrop: () => void;
}

/** A native file picker (keyboard and screen readers for free) inside an area that also takes a drop. */
export function PackImportField({ busy, onFile, onBadDrop }: Props) {
  const [over, setOver] = useState(false);
  return (
    <fieldset
      class={`pack-drop${over ? ' over' : ''}`}
      id="pack-drop"
      // The picker is the keyboard's way in; the drop is the same action for a pointer.
      aria-labelledby="pack-file-label"
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const files = event.dataTransfer?.files;
        const file = files?.length === 1 ? files[0] : undefined;
        if (file) onFile(file);
        else onBadDrop();
      }}
    >
      <label class="field-label" id="pack-file-label" for="pack-file">
        {t('optionsPackImport')}
      </label>
      <input
        type="file"
        id="pack-file"
        accept=".json,application/json"
        aria-describedby="pack-drop-hint"
        disabled={busy}
        onChange={(event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          // Cleared so that choosing the same file again (after fixing it) imports it again.
          input.value = '';
          if (file) onFile(file);
        }}
      />
      <span class="field-hint" id="pack-drop-hint">
        {t('optionsPackDrop')}
      </span>
    </fieldset>
  );
}
