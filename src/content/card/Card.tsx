import type { Article, Company, CompanyKind } from '../../shared/dataset-types.ts';
import type { Theme } from '../../shared/settings.ts';
import { CardFooter } from './CardFooter.tsx';
import { TextContext, type Translate } from './card-text.ts';
import { countryName } from './country-name.ts';
import { FactList } from './FactList.tsx';
import { groupFacts } from './group-facts.ts';
import { StatusLine } from './StatusLine.tsx';
import { summarizeSources } from './summarize-sources.ts';

export interface CardProps {
  company: Company;
  articleById: (id: string) => Article | undefined;
  /** Display name of the parent company, when the dataset names one. */
  parentName: string | null;
  pinned: boolean;
  theme: Theme;
  locale: string;
  /** The string lookup, `t` from `src/shared/i18n.ts` (see `card-text.ts` for why it is a prop). */
  t: Translate;
  onTogglePin(): void;
  onClose(): void;
}

const KIND_LABEL: Record<CompanyKind, string> = {
  company: 'cardKindCompany',
  brand: 'cardKindBrand',
  app: 'cardKindApp',
};

const PIN_ICON =
  'M10.3 1.3a1 1 0 0 1 1.4 0l3 3a1 1 0 0 1 0 1.4l-1.6 1.6-.7 3.2a1 1 0 0 1-1.7.5L8.5 8.9l-4.3 4.3a.7.7 0 0 1-1-1l4.3-4.3-2.1-2.2a1 1 0 0 1 .5-1.7l3.2-.7z';
const CLOSE_ICON =
  'M3.7 2.3 8 6.6l4.3-4.3a1 1 0 1 1 1.4 1.4L9.4 8l4.3 4.3a1 1 0 0 1-1.4 1.4L8 9.4l-4.3 4.3a1 1 0 0 1-1.4-1.4L6.6 8 2.3 3.7a1 1 0 0 1 1.4-1.4z';

/** A button showing only an icon: its label is both its accessible name and its tooltip. */
function IconButton(props: { label: string; pressed?: boolean; onClick(): void; path: string }) {
  return (
    <button
      type="button"
      class="icon"
      aria-pressed={props.pressed}
      title={props.label}
      aria-label={props.label}
      onClick={props.onClick}
    >
      <svg viewBox="0 0 16 16" aria-hidden="true">
        <path d={props.path} />
      </svg>
    </button>
  );
}

/** The hover card: a non-modal dialog named after the company, everything rendered as text. */
export function Card({
  company,
  articleById,
  parentName,
  pinned,
  theme,
  locale,
  t,
  onTogglePin,
  onClose,
}: CardProps) {
  const groups = groupFacts(company);
  const meta = t('cardMeta', [countryName(company.country, locale), t(KIND_LABEL[company.kind])]);
  return (
    <TextContext.Provider value={t}>
      <div
        class="card"
        role="dialog"
        aria-labelledby="company-lens-name"
        tabIndex={-1}
        data-theme={theme}
        // The card speaks the language of the messages file it was given, whatever the page's language.
        lang={t('cardLanguage')}
        dir={t('cardDirection') === 'rtl' ? 'rtl' : 'ltr'}
      >
        <header>
          <div class="heading">
            <h2 id="company-lens-name">{company.name}</h2>
            <p class="meta">{parentName === null ? meta : `${meta} · ${t('cardParent', parentName)}`}</p>
          </div>
          <div class="actions">
            <IconButton label={t('cardPin')} pressed={pinned} onClick={onTogglePin} path={PIN_ICON} />
            <IconButton label={t('cardClose')} onClick={onClose} path={CLOSE_ICON} />
          </div>
        </header>
        <div class="body">
          <StatusLine status={company.status} locale={locale} />
          <FactList
            heading={t('cardHistoryHeading')}
            facts={groups.history}
            articleById={articleById}
            locale={locale}
          />
          <FactList
            heading={t('cardMarketHeading')}
            facts={groups.market}
            articleById={articleById}
            locale={locale}
          />
          {company.facts.length === 0 ? <p class="empty">{t('cardNoFacts')}</p> : null}
        </div>
        <CardFooter summary={summarizeSources(company, articleById)} locale={locale} />
      </div>
    </TextContext.Provider>
  );
}
