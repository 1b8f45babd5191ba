/**
 * What the popup and the options page share as pages: language and direction from `_locales` (so
 * another language is one messages file away), the title, and the theme setting.
 */
import { t } from './i18n.ts';
import type { Theme } from './settings.ts';

export function localizeDocument(doc: Document, titleKey: string): void {
  // `@@ui_locale` is "en" or "pt_BR"; `lang` wants "pt-BR".
  const locale = t('@@ui_locale');
  doc.documentElement.lang = locale.startsWith('@@') ? 'en' : locale.replace('_', '-');
  const dir = t('@@bidi_dir');
  doc.documentElement.dir = dir === 'rtl' ? 'rtl' : 'ltr';
  doc.title = t(titleKey);
}

/** `system` leaves the choice to `prefers-color-scheme`; the CSS reads `data-theme` otherwise. */
export function applyTheme(doc: Document, theme: Theme): void {
  if (theme === 'system') delete doc.documentElement.dataset.theme;
  else doc.documentElement.dataset.theme = theme;
}
