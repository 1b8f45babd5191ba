import { useState } from 'preact/hooks';
import type { SelectionReading } from '../../shared/capture-draft.ts';
import { t } from '../../shared/i18n.ts';
import { offeredDate } from '../capture-date.ts';
import { type CompanyIdentity, companyIdFor } from '../draft-to-pack.ts';
import { newFactFields, noteChangesOf } from '../fact-fields-value.ts';
import type { KnownCompanies } from '../known-companies.ts';
import { saveCapture } from '../save-capture.ts';
import { FactFields } from './FactFields.tsx';
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
  const [fields, setFields] = useState(() =>
    newFactFields(reading.quote.replace(/\s+/g, ' ').slice(0, 300), offered.date),
  );
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
    const { kind, summary, date } = noteChangesOf(fields);
    setBusy(true);
    const outcome = await saveCapture({
      page: reading,
      company,
      fact: kind,
      summary,
      date,
      dateBasis: fields.dateValue === offered.date.value ? basis : t('captureDateByUser'),
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

      <FactFields value={fields} onChange={setFields} basis={basis} />

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
