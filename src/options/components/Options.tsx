import { useEffect, useState } from 'preact/hooks';
import { Switch } from '../../shared/components/Switch.tsx';
import { applyTheme } from '../../shared/extension-page.ts';
import { t } from '../../shared/i18n.ts';
import { resetSettings, type Settings, saveSettings, setSiteEnabled } from '../../shared/settings.ts';
import { useSettings } from '../../shared/use-settings.ts';
import { DisabledSitesList } from './DisabledSitesList.tsx';
import { HighlightStyleField } from './HighlightStyleField.tsx';
import { HoverDelayField } from './HoverDelayField.tsx';
import { MarkMentionsField } from './MarkMentionsField.tsx';
import { MyNotesSection } from './MyNotesSection.tsx';
import { PacksSection } from './PacksSection.tsx';
import { ShortcutsPanel } from './ShortcutsPanel.tsx';
import { ThemeField } from './ThemeField.tsx';

/** Every change is saved at once; the page shows what storage holds, so it also follows the popup. */
export function Options() {
  const settings = useSettings();
  const [notice, setNotice] = useState('');
  useEffect(() => {
    if (settings) applyTheme(document, settings.theme);
  }, [settings?.theme]);

  const run = (task: Promise<void>, doneKey: string) =>
    task.then(
      () => setNotice(t(doneKey)),
      () => setNotice(t('optionsSaveFailed')),
    );
  const save = (patch: Partial<Settings>) => run(saveSettings(patch), 'optionsSaved');

  if (!settings) return <main class="options" aria-busy="true" />;
  return (
    <main class="options">
      <h1>{t('optionsHeading')}</h1>
      <form class="panel" onSubmit={(e) => e.preventDefault()}>
        <HighlightStyleField
          value={settings.highlightStyle}
          onChange={(highlightStyle) => save({ highlightStyle })}
        />
        <MarkMentionsField
          value={settings.markMentions}
          onChange={(markMentions) => save({ markMentions })}
        />
        <HoverDelayField value={settings.hoverDelayMs} onChange={(hoverDelayMs) => save({ hoverDelayMs })} />
        <div class="field">
          <Switch
            id="show-badge"
            label={t('optionsShowBadge')}
            hint={t('optionsShowBadgeHint')}
            checked={settings.showBadge}
            onChange={(showBadge) => save({ showBadge })}
          />
        </div>
        <ThemeField value={settings.theme} onChange={(theme) => save({ theme })} />
      </form>
      <ShortcutsPanel onOpenFailed={() => setNotice(t('optionsShortcutsOpenFailed'))} />
      <div class="panel">
        <DisabledSitesList
          sites={settings.disabledSites}
          onRemove={(host) => run(setSiteEnabled(host, true), 'optionsSiteRemoved')}
        />
      </div>
      <PacksSection />
      <MyNotesSection />
      <div class="actions">
        <button
          type="button"
          id="reset"
          class="secondary"
          onClick={() => run(resetSettings(), 'optionsResetDone')}
        >
          {t('optionsReset')}
        </button>
        <p class="notice" role="status" id="options-notice">
          {notice}
        </p>
      </div>
    </main>
  );
}
