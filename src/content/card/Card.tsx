import { useState } from 'preact/hooks';
import type { Article, Company, CompanyKind } from '../../shared/dataset-types.ts';
import type { Theme } from '../../shared/settings.ts';
import { CardFooter } from './CardFooter.tsx';
import { type SourceActions, SourceActionsContext } from './card-actions.ts';
import { cardFacts } from './card-facts.ts';
import { TextContext, type Translate } from './card-text.ts';
import { countryName } from './country-name.ts';
import { FactList } from './FactList.tsx';
import { NoteRemovalStatus } from './NoteRemovalStatus.tsx';
import { StatusBlock } from './StatusBlock.tsx';
import { statusSource, summarizeSources } from './summarize-sources.ts';
import { useNoteRemoval } from './use-note-removal.ts';
import { useScrollCue } from './use-scroll-cue.ts';

export interface CardProps {
  company: Company;
  articleById: (id: string) => Article | undefined;
  /** Display name of the parent company, when the dataset names one. */
  parentName: string | null;
  pinned: boolean;
  /** Pinned while its mention is out of view: the card waits at the window's edge. */
  docked: boolean;
  theme: Theme;
  locale: string;
  /** Today, for the status's age (a prop so that tests can fix the clock). */
  now: Date;
  /** The string lookup, `t` from `src/shared/i18n.ts` (see `card-text.ts` for why it is a prop). */
  t: Translate;
  actions: SourceActions;
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

/**
 * The hover card: a non-modal dialog named after the company, everything rendered as text. It opens
 * on a summary (the status, the facts it rests on, the newest others); one button shows every fact.
 */
export function Card(props: CardProps) {
  const { articleById, parentName, pinned, docked, theme, locale, now, t } = props;
  const [showAll, setShowAll] = useState(false);
  const notes = useNoteRemoval(props.actions, props.company);
  const removal = notes.removal;
  // A deleted note leaves at once, and stays away if its Undo fails; the records without it follow
  // from the background.
  const gone = removal.state === 'deleted' || removal.state === 'failed' ? removal.factId : undefined;
  const company =
    gone === undefined
      ? props.company
      : { ...props.company, facts: props.company.facts.filter((f) => f.id !== gone) };
  const [bodyRef, more] = useScrollCue<HTMLDivElement>();
  const facts = cardFacts(company);
  const meta = t('cardMeta', [countryName(company.country, locale), t(KIND_LABEL[company.kind])]);
  const list = (heading: string, shown: typeof company.facts) => (
    <FactList heading={heading} facts={shown} articleById={articleById} locale={locale} />
  );
  return (
    <TextContext.Provider value={t}>
      <SourceActionsContext.Provider value={notes.actions}>
        <div
          class="card"
          role="dialog"
          aria-labelledby="company-lens-name"
          tabIndex={-1}
          data-theme={theme}
          data-pinned={pinned}
          // The card speaks the language of the messages file it was given, whatever the page's language.
          lang={t('cardLanguage')}
          dir={t('cardDirection') === 'rtl' ? 'rtl' : 'ltr'}
        >
          <header>
            <div class="heading">
              <h2 id="company-lens-name">{company.name}</h2>
              <p class="meta">
                <span>{meta}</span>
                {parentName === null ? null : <span>{` · ${t('cardParent', parentName)}`}</span>}
              </p>
            </div>
            <div class="actions">
              {pinned ? <span class="pinned-tag">{t('cardPinned')}</span> : null}
              <IconButton
                label={t(pinned ? 'cardUnpin' : 'cardPin')}
                pressed={pinned}
                onClick={props.onTogglePin}
                path={PIN_ICON}
              />
              <IconButton label={t('cardClose')} onClick={props.onClose} path={CLOSE_ICON} />
            </div>
          </header>
          {docked ? <p class="docked">{t('cardDocked')}</p> : null}
          <NoteRemovalStatus
            removal={removal}
            companyName={props.company.name}
            onConfirm={notes.confirm}
            onCancel={notes.cancel}
            onUndo={notes.undo}
          />
          <div class="body" ref={bodyRef}>
            <StatusBlock
              status={company.status}
              source={statusSource(company, articleById)}
              locale={locale}
              now={now}
            />
            {showAll ? (
              <>
                {list(t('cardRestrictionsHeading'), facts.all.history)}
                {list(t('cardMarketHeading'), facts.all.market)}
              </>
            ) : (
              <>
                {list(t('cardBasisHeading'), facts.basis)}
                {list(t('cardRecentHeading'), facts.recent)}
              </>
            )}
            {facts.complete ? null : (
              <button
                type="button"
                class="show-all"
                aria-expanded={showAll}
                onClick={() => setShowAll(!showAll)}
              >
                {showAll
                  ? t('cardShowSummary')
                  : t('cardShowAll', [
                      String(company.facts.length),
                      String(facts.all.history.length),
                      String(facts.all.market.length),
                    ])}
              </button>
            )}
            {company.facts.length === 0 ? <p class="empty">{t('cardNoFacts')}</p> : null}
            <CardFooter
              summary={summarizeSources(company, articleById)}
              locale={locale}
              showsInferred={company.status.asOf.inferred || company.facts.some((f) => f.date.inferred)}
            />
          </div>
          <div class="more-cue" hidden={!more} aria-hidden="true">
            <span>{t('cardMoreBelow')}</span>
          </div>
        </div>
      </SourceActionsContext.Provider>
    </TextContext.Provider>
  );
}
