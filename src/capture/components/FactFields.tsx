import type { DatePrecision } from '../../shared/dataset-types.ts';
import { t } from '../../shared/i18n.ts';
import type { FactFieldsValue } from '../fact-fields-value.ts';

interface Props {
  value: FactFieldsValue;
  onChange(value: FactFieldsValue): void;
  /** What the date rests on, said above it (the page's metadata, the day of capture, the user). */
  basis: string;
}

/** What a fact says: its kind (a status with level and label, an event, a market note), summary and date. */
export function FactFields({ value, onChange, basis }: Props) {
  const set = <K extends keyof FactFieldsValue>(key: K, next: FactFieldsValue[K]) =>
    onChange({ ...value, [key]: next });
  return (
    <>
      <label for="capture-category">{t('captureCategory')}</label>
      <select
        id="capture-category"
        value={value.category}
        onChange={(e) => set('category', e.currentTarget.value as FactFieldsValue['category'])}
      >
        <option value="event">{t('captureCategoryEvent')}</option>
        <option value="status">{t('captureCategoryStatus')}</option>
        <option value="market">{t('captureCategoryMarket')}</option>
      </select>
      {value.category === 'status' && (
        <fieldset>
          <legend>{t('captureStanding')}</legend>
          <label for="capture-level">{t('captureLevel')}</label>
          <select
            id="capture-level"
            value={value.level}
            onChange={(e) => set('level', e.currentTarget.value as FactFieldsValue['level'])}
          >
            <option value="restricted">{t('captureLevelRestricted')}</option>
            <option value="contested">{t('captureLevelContested')}</option>
            <option value="none">{t('captureLevelNone')}</option>
          </select>
          <label for="capture-label">{t('captureLabel')}</label>
          <input
            id="capture-label"
            required
            value={value.label}
            onInput={(e) => set('label', e.currentTarget.value)}
          />
        </fieldset>
      )}

      <label for="capture-summary">{t('captureSummary')}</label>
      <textarea
        id="capture-summary"
        required
        rows={3}
        value={value.summary}
        onInput={(e) => set('summary', e.currentTarget.value)}
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
          value={value.dateValue}
          onInput={(e) => set('dateValue', e.currentTarget.value)}
        />
        <label for="capture-precision">{t('captureDatePrecision')}</label>
        <select
          id="capture-precision"
          value={value.precision}
          onChange={(e) => set('precision', e.currentTarget.value as DatePrecision)}
        >
          <option value="day">{t('captureDateDay')}</option>
          <option value="month">{t('captureDateMonth')}</option>
          <option value="year">{t('captureDateYear')}</option>
        </select>
        <label class="capture-check">
          <input
            type="checkbox"
            id="capture-inferred"
            checked={value.inferred}
            onChange={(e) => set('inferred', e.currentTarget.checked)}
          />
          {t('captureDateInferred')}
        </label>
      </fieldset>
    </>
  );
}
