import { t } from '../i18n.ts';
import type { MentionShortcut } from '../mention-shortcuts.ts';

const LABEL_KEYS: Record<MentionShortcut['command'], string> = {
  'next-mention': 'shortcutNextMention',
  'previous-mention': 'shortcutPreviousMention',
};

/** Each key of a binding in its own `<kbd>` ("Alt+Shift+N"); a binding without "+" stays whole. */
function Keys({ keys }: { keys: string }) {
  const parts = keys.split('+');
  return (
    <kbd>
      {parts.map((part, i) => (
        <span key={part}>
          {i > 0 && '+'}
          <kbd>{part}</kbd>
        </span>
      ))}
    </kbd>
  );
}

/** The next/previous mention commands and their keys, or "not set" where the browser bound none. */
export function ShortcutList({ shortcuts }: { shortcuts: readonly MentionShortcut[] }) {
  return (
    <dl class="cl-shortcuts">
      {shortcuts.map(({ command, keys }) => (
        <div class="cl-shortcut" key={command} data-command={command}>
          <dt>{t(LABEL_KEYS[command])}</dt>
          <dd>
            {keys ? <Keys keys={keys} /> : <span class="cl-shortcut-unset">{t('shortcutNotSet')}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
