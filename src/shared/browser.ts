/**
 * The only module that imports the WebExtension API, and the one place that knows how Chrome and
 * Firefox differ. Everything else imports `ext` from here and asks capability questions
 * (`supportsX`) instead of sniffing the browser, so a difference is fixed once.
 */
import ext from 'webextension-polyfill';

export type { Menus, Runtime, Tabs } from 'webextension-polyfill';
export { ext };

/**
 * True while this script's extension context is alive. After the extension is updated, reloaded or
 * disabled, an orphaned content script keeps running but `runtime.id` becomes undefined (Chrome) or
 * every API call throws (Firefox); both end up here as `false`.
 */
export function isExtensionContextAlive(): boolean {
  try {
    return Boolean(ext.runtime?.id);
  } catch {
    return false;
  }
}

/**
 * Whether `::highlight()` rules may draw a `text-decoration`. Firefox paints only colours there
 * before version 146 (Firefox ESR 140, the one Debian ships in 2026-12, draws no underline at all), and
 * nothing can detect what a pseudo-element paints, so this reads the engine's version.
 */
export function paintsHighlightDecorations(userAgent: string): boolean {
  const firefox = /\bFirefox\/(\d+)/.exec(userAgent);
  return firefox === null || Number(firefox[1]) >= 146;
}

/**
 * Opens the browser's page for changing extension shortcuts. Firefox has
 * `commands.openShortcutSettings()` since 137
 * (https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/commands/openShortcutSettings);
 * Chrome has no such call but lets an extension open chrome://extensions/shortcuts in a tab.
 */
export async function openShortcutSettings(): Promise<void> {
  const commands = ext.commands as typeof ext.commands & { openShortcutSettings?: () => Promise<void> };
  if (typeof commands.openShortcutSettings === 'function') await commands.openShortcutSettings();
  else await ext.tabs.create({ url: 'chrome://extensions/shortcuts' });
}
