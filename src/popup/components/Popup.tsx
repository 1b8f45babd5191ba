import { useEffect, useMemo } from 'preact/hooks';
import { ext } from '../../shared/browser.ts';
import { ShortcutList } from '../../shared/components/ShortcutList.tsx';
import { Switch } from '../../shared/components/Switch.tsx';
import { dataset } from '../../shared/dataset.ts';
import { applyTheme } from '../../shared/extension-page.ts';
import { normalizeHostname } from '../../shared/hostname.ts';
import { t } from '../../shared/i18n.ts';
import { askFromExtensionPage } from '../../shared/messages.ts';
import { saveSettings, setSiteEnabled } from '../../shared/settings.ts';
import type { CompanyMentions } from '../../shared/tab-mentions.ts';
import { useMentionShortcuts } from '../../shared/use-mention-shortcuts.ts';
import { summarizeDataset } from '../dataset-summary.ts';
import { describePageStatus } from '../page-status.ts';
import { rankCompanies } from '../rank-companies.ts';
import { revealCompany } from '../reveal-company.ts';
import { usePackData } from '../use-pack-data.ts';
import { usePopupData } from '../use-popup-data.ts';
import { CompanyList } from './CompanyList.tsx';
import { DatasetFacts } from './DatasetFacts.tsx';
import { StatusLine } from './StatusLine.tsx';

export function Popup({ tabId, locale }: { tabId: number | undefined; locale: string }) {
  const { page, settings, mentions } = usePopupData(tabId);
  const status = describePageStatus(page, settings, mentions);
  useEffect(() => {
    if (settings) applyTheme(document, settings.theme);
  }, [settings?.theme]);
  const summary = useMemo(() => summarizeDataset(dataset()), []);
  const { packNames, companyById } = usePackData(
    status.kind === 'found' ? status.companies.map((c) => c.companyId) : [],
  );
  const shortcuts = useMentionShortcuts();
  const hostname = page.kind === 'ready' ? normalizeHostname(page.hostname) : null;
  const onReveal = (m: CompanyMentions) => {
    if (tabId !== undefined) revealCompany(tabId, m).catch(() => {});
  };

  return (
    <main class="popup">
      <header class="popup-header">
        <h1 class="popup-title">{t('extName')}</h1>
        <button type="button" class="link-button" onClick={() => ext.runtime.openOptionsPage()}>
          {t('popupOpenOptions')}
        </button>
      </header>
      {settings && (
        <section class="switches">
          <Switch
            id="global-switch"
            label={t('popupGlobalSwitch')}
            hint={t('popupGlobalSwitchHint')}
            checked={settings.enabled}
            onChange={(enabled) => saveSettings({ enabled })}
          />
          {hostname && (
            <Switch
              id="site-switch"
              label={t('popupSiteSwitch')}
              hint={hostname}
              checked={!settings.disabledSites.includes(hostname)}
              disabled={!settings.enabled}
              onChange={(on) => setSiteEnabled(hostname, on)}
            />
          )}
        </section>
      )}
      <StatusLine status={status} />
      {page.kind === 'ready' && tabId !== undefined && (
        <button
          type="button"
          class="link-button popup-capture"
          id="capture-button"
          onClick={() => askFromExtensionPage({ type: 'start-capture', tabId }).then(() => window.close())}
        >
          {t('popupCapture')}
        </button>
      )}
      {status.kind === 'found' && (
        <CompanyList ranked={rankCompanies(status.companies, companyById)} onReveal={onReveal} />
      )}
      {shortcuts && (
        <section class="popup-shortcuts" aria-labelledby="shortcuts-heading">
          <h2 class="popup-shortcuts-heading" id="shortcuts-heading">
            {t('shortcutsHeading')}
          </h2>
          <ShortcutList shortcuts={shortcuts} />
        </section>
      )}
      <footer class="popup-footer">
        <DatasetFacts summary={summary} packNames={packNames} locale={locale} />
      </footer>
    </main>
  );
}
