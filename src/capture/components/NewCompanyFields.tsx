import { t } from '../../shared/i18n.ts';
import type { CompanyIdentity } from '../draft-to-pack.ts';

export interface NewCompanyValue {
  name: string;
  /** Other names, comma-separated. */
  aliases: string;
  country: string;
}

/** The fields of a company the user names: its name, other names and country. */
export function NewCompanyFields({
  value,
  onChange,
}: {
  value: NewCompanyValue;
  onChange(v: NewCompanyValue): void;
}) {
  return (
    <fieldset class="capture-new-company">
      <legend>{t('captureNewCompany')}</legend>
      <label for="capture-new-name">{t('captureNewName')}</label>
      <input
        id="capture-new-name"
        required
        value={value.name}
        onInput={(e) => onChange({ ...value, name: e.currentTarget.value })}
      />
      <label for="capture-new-aliases">{t('captureNewAliases')}</label>
      <input
        id="capture-new-aliases"
        value={value.aliases}
        onInput={(e) => onChange({ ...value, aliases: e.currentTarget.value })}
      />
      <label for="capture-new-country">{t('captureNewCountry')}</label>
      <input
        id="capture-new-country"
        required
        maxLength={2}
        pattern="[A-Za-z]{2}"
        autocomplete="off"
        value={value.country}
        onInput={(e) => onChange({ ...value, country: e.currentTarget.value })}
      />
    </fieldset>
  );
}

/** The company the fields describe, or the message key of what is missing. */
export function newCompanyIdentity(
  value: NewCompanyValue,
  taken: (id: string) => boolean,
  idFor: (name: string, taken: (id: string) => boolean) => string,
): { identity: CompanyIdentity } | { problem: string } {
  const name = value.name.trim();
  const country = value.country.trim().toUpperCase();
  if (name === '') return { problem: 'captureNewNameMissing' };
  if (!/^[A-Z]{2}$/.test(country)) return { problem: 'captureNewCountryInvalid' };
  const names = [name, ...value.aliases.split(',').map((a) => a.trim())].filter(
    (n, i, all) => n !== '' && all.findIndex((m) => m.toLowerCase() === n.toLowerCase()) === i,
  );
  return {
    identity: {
      id: idFor(name, taken),
      name,
      country,
      kind: 'company',
      aliases: names.map((text) => ({ text, caseSensitive: false })),
    },
  };
}
