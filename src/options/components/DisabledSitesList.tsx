import { t } from '../../shared/i18n.ts';

interface Props {
  sites: string[];
  onRemove: (hostname: string) => void;
}

/** The sites where the extension is off; removing one turns it back on there. */
export function DisabledSitesList({ sites, onRemove }: Props) {
  return (
    <section class="field" aria-labelledby="disabled-sites-heading">
      <h2 class="field-label" id="disabled-sites-heading">
        {t('optionsDisabledSites')}
      </h2>
      {sites.length === 0 ? (
        <p class="field-hint" id="disabled-sites-empty">
          {t('optionsDisabledSitesEmpty')}
        </p>
      ) : (
        <ul class="site-list" id="disabled-sites">
          {[...sites].sort().map((site) => (
            <li key={site} data-hostname={site}>
              <span class="site-name">{site}</span>
              <button
                type="button"
                class="secondary"
                aria-label={t('optionsRemoveSiteNamed', site)}
                onClick={() => onRemove(site)}
              >
                {t('optionsRemoveSite')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
