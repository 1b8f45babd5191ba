import { openShortcutSettings } from '../../shared/browser.ts';
import { ShortcutList } from '../../shared/components/ShortcutList.tsx';
import { t } from '../../shared/i18n.ts';
import { useMentionShortcuts } from '../../shared/use-mention-shortcuts.ts';

/** The next/previous mention keys as the browser has them, and where to change them. */
export function ShortcutsPanel({ onOpenFailed }: { onOpenFailed: () => void }) {
  const shortcuts = useMentionShortcuts();
  return (
    <div class="panel">
      <section class="field" aria-labelledby="shortcuts-heading">
        <h2 class="field-label" id="shortcuts-heading">
          {t('shortcutsHeading')}
        </h2>
        {shortcuts && <ShortcutList shortcuts={shortcuts} />}
        <p class="field-hint" id="shortcuts-how">
          {t('optionsShortcutsHow')}
        </p>
        <button
          type="button"
          id="change-shortcuts"
          class="secondary"
          aria-describedby="shortcuts-how"
          onClick={() => openShortcutSettings().catch(onOpenFailed)}
        >
          {t('optionsShortcutsChange')}
        </button>
      </section>
    </div>
  );
}
