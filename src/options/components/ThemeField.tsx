import { t } from '../../shared/i18n.ts';
import type { Theme } from '../../shared/settings.ts';
import { THEMES } from '../../shared/settings-schema.ts';

const LABEL_KEYS: Record<Theme, string> = {
  system: 'optionsThemeSystem',
  light: 'optionsThemeLight',
  dark: 'optionsThemeDark',
};

export function ThemeField({ value, onChange }: { value: Theme; onChange: (value: Theme) => void }) {
  return (
    <div class="field">
      <label class="field-label" for="theme">
        {t('optionsTheme')}
      </label>
      <select
        id="theme"
        value={value}
        onChange={(e) => {
          const next = THEMES.find((theme) => theme === e.currentTarget.value);
          if (next) onChange(next);
        }}
      >
        {THEMES.map((theme) => (
          <option key={theme} value={theme}>
            {t(LABEL_KEYS[theme])}
          </option>
        ))}
      </select>
    </div>
  );
}
