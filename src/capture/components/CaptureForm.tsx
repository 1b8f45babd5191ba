import { useState } from 'preact/hooks';
import type { SelectionReading } from '../../shared/capture-draft.ts';
import type { DatePrecision } from '../../shared/dataset-types.ts';
import { t } from '../../shared/i18n.ts';
import type { NoteKind } from '../../shared/my-notes-edits.ts';
import { atPrecision, offeredDate } from '../capture-date.ts';
import { type CompanyIdentity, companyIdFor } from '../draft-to-pack.ts';
import type { KnownCompanies } from '../known-companies.ts';
import { saveCapture } from '../save-capture.ts';
import { NewCompanyFields, type NewCompanyValue, newCompanyIdentity } from './NewCompanyFields.tsx';

type Reading = Extract<SelectionReading, { ok: true }>;
const NEW = '__new__';

interface Props {
  reading: Reading;
  capturedOn: string;
  known: KnownCompanies;
  onSaved(): void;
}

/** The capture form: which company, what kind of fact, its summary and date; checked, then stored. */
export function CaptureForm({ reading, capturedOn, known, onSaved }: Props) {
  const offered = offeredDate(reading, capturedOn);
  const [companyId, setCompanyId] = useState(known.inQuote[0]?.id ?? NEW);
  const [newCompany, setNewCompany] = useState<NewCompanyValue>({ name: '', aliases: '', country: '' });
  const [category, setCategory] = useState<'event' | 'market' | 'status'>('event');
  const [level, setLevel] = useState<'restricted' | 'contested' | 'none'>('restricted');
  const [label, setLabel] = useState('');
  const [summary, setSummary] = useState(reading.quote.replace(/\s+/g, ' ').slice(0, 300));
  const [dateValue, setDateValue] = useState(offered.date.value);
  const [precision, setPrecision] = useState<DatePrecision>('day');
  const [inferred, setInferred] = useState(offered.date.inferred);
  const [claimed, setClaimed] = useState<{ alias: string; by: CompanyIdentity } | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const others = known.all.filter((c) => !known.inQuote.some((q) => q.id === c.id));
  const basis = t(offered.basisKey, offered.source ?? undefined);

  const submit = async (event: Event) => {
    event.preventDefault();
    setErrors([]);
    let company: CompanyIdentity | undefined = known.all.find((c) => c.id === companyId);
    if (companyId === NEW) {
      const made = newCompanyIdentity(newCompany, (id) => known.all.some((c) => c.id === id), companyIdFor);
      if ('problem' in made) return setErrors([t(made.problem)]);
      for (const alias of made.identity.aliases) {
        const by = await known.claimOf(alias.text);
        // A name another company already owns: ask which company is meant rather than fail on save.
        if (by) return setClaimed({ alias: alias.text, by });
      }
      company = made.identity;
    }
    if (!company) return;
    const fact: NoteKind =
      category === 'status' ? { category, standing: { level, label: label.trim() } } : { category };
    setBusy(true);
    const outcome = await saveCapture({
      page: reading,
      company,
      fact,
      // A summary is one line in the pack; a line break typed in the box is a space.
      summary: summary.replace(/\s+/g, ' ').trim(),
      date: { value: atPrecision(dateValue, precision), precision, inferred },
      dateBasis: dateValue === offered.date.value ? basis : t('captureDateByUser'),
      capturedOn,
      stamp: `${Date.now().toString(36)}`,
    }).catch((error: unknown) => ({ ok: false as const, errors: [String(error)] }));
    setBusy(false);
    if (outcome.ok) onSaved();
    else setErrors(outcome.errors);
  };

  return (
    <form class="capture-form" onSubmit={submit} aria-busy={busy}>
      <figure class="capture-quote">
        <blockquote>{reading.quote}</blockquote>
        <figcaption>
          {reading.siteName ? `${reading.title} · ${reading.siteName}` : reading.title}
          <br />
          <span class="capture-url">{reading.url}</span>
        </figcaption>
      </figure>

      <label for="capture-company">{t('captureCompany')}</label>
      <select id="capture-company" value={companyId} onChange={(e) => setCompanyId(e.currentTarget.value)}>
        {known.inQuote.length > 0 && (
          <optgroup label={t('captureCompaniesInQuote')}>
            {known.inQuote.map((c) => (
              <option value={c.id}>{c.name}</option>
            ))}
          </optgroup>
        )}
        <optgroup label={t('captureOtherCompanies')}>
          {others.map((c) => (
            <option value={c.id}>{c.name}</option>
          ))}
        </optgroup>
        <option value={NEW}>{t('captureNewCompany')}</option>
      </select>
      {companyId === NEW && <NewCompanyFields value={newCompany} onChange={setNewCompany} />}
      {claimed && (
        <div class="capture-claimed" role="alert">
          <p>{t('captureAliasClaimed', [claimed.alias, claimed.by.name])}</p>
          <button
            type="button"
            onClick={() => {
              setCompanyId(claimed.by.id);
              setClaimed(null);
            }}
          >
            {t('captureUseClaimingCompany', claimed.by.name)}
          </button>
        </div>
      )}

      <label for="capture-category">{t('captureCategory')}</label>
      <select
        id="capture-category"
        value={category}
        onChange={(e) => setCategory(e.currentTarget.value as typeof category)}
      >
        <option value="event">{t('captureCategoryEvent')}</option>
        <option value="status">{t('captureCategoryStatus')}</option>
        <option value="market">{t('captureCategoryMarket')}</option>
      </select>
      {category === 'status' && (
        <fieldset>
          <legend>{t('captureStanding')}</legend>
          <label for="capture-level">{t('captureLevel')}</label>
          <select
            id="capture-level"
            value={level}
            onChange={(e) => setLevel(e.currentTarget.value as typeof level)}
          >
            <option value="restricted">{t('captureLevelRestricted')}</option>
            <option value="contested">{t('captureLevelContested')}</option>
            <option value="none">{t('captureLevelNone')}</option>
          </select>
          <label for="capture-label">{t('captureLabel')}</label>
          <input id="capture-label" required value={label} onInput={(e) => setLabel(e.currentTarget.value)} />
        </fieldset>
      )}

      <label for="capture-summary">{t('captureSummary')}</label>
      <textarea
        id="capture-summary"
        required
        rows={3}
        value={summary}
        onInput={(e) => setSummary(e.currentTarget.value)}
      />

      <fieldset>
        <legend>{t('captureDate')}</legend>
        <p class="capture-date-basis" id="capture-date-basis">
          {basis}
        </p>
        <label for="capture-date">{t('captureDateValue')}</label>
        <input
          id="capture-date"
          type="date"
          required
          aria-describedby="capture-date-basis"
          value={dateValue}
          onInput={(e) => setDateValue(e.currentTarget.value)}
        />
        <label for="capture-precision">{t('captureDatePrecision')}</label>
        <select
          id="capture-precision"
          value={precision}
          onChange={(e) => setPrecision(e.currentTarget.value as DatePrecision)}
        >
          <option value="day">{t('captureDateDay')}</option>
          <option value="month">{t('captureDateMonth')}</option>
          <option value="year">{t('captureDateYear')}</option>
        </select>
        <label class="capture-check">
          <input
            type="checkbox"
            id="capture-inferred"
            checked={inferred}
            onChange={(e) => setInferred(e.currentTarget.checked)}
          />
          {t('captureDateInferred')}
        </label>
      </fieldset>

      {errors.length > 0 && (
        <ul class="capture-errors" role="alert">
          {errors.map((error) => (
            <li>{error}</li>
          ))}
        </ul>
      )}
      <button type="submit" class="primary" id="capture-save" disabled={busy}>
        {t('captureSave')}
      </button>
    </form>
  );
}
