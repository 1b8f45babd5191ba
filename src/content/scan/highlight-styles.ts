/**
 * Which highlights a mention is registered in, per highlight style. The rules themselves are static
 * (`highlights.css`, declared in the manifest): the style setting picks highlight names, never CSS,
 * so nothing of ours has to be injected into the page's document.
 */
import type { StatusLevel } from '../../shared/dataset-types.ts';
import type { HighlightStyle } from '../../shared/settings.ts';

export const HIGHLIGHT_NAMES: Record<StatusLevel, string> = {
  restricted: 'company-lens-restricted',
  contested: 'company-lens-contested',
  none: 'company-lens-none',
};
const FILL_NAMES: Record<StatusLevel, string> = {
  restricted: 'company-lens-fill-restricted',
  contested: 'company-lens-fill-contested',
  none: 'company-lens-fill-none',
};
export const ACTIVE_HIGHLIGHT_NAME = 'company-lens-active';
/** A quote the user captured on this page (`capture/mark-captured-quotes.ts`). */
export const QUOTE_HIGHLIGHT_NAME = 'company-lens-quote';

/** Every name we may register, for cleanup (including what a previous instance left behind). */
export const ALL_HIGHLIGHT_NAMES: readonly string[] = [
  ...Object.values(HIGHLIGHT_NAMES),
  ...Object.values(FILL_NAMES),
  ACTIVE_HIGHLIGHT_NAME,
  QUOTE_HIGHLIGHT_NAME,
];

/**
 * The highlights a mention of `level` goes into: none at all while marks are hidden until hover.
 * Where highlights cannot draw an underline (`decorations` false), the underline style falls back to
 * the tint: a mark nobody can see would be no mark.
 */
export function highlightNamesFor(level: StatusLevel, style: HighlightStyle, decorations = true): string[] {
  if (style === 'hover-only') return [];
  if (style === 'background' || !decorations) return [HIGHLIGHT_NAMES[level], FILL_NAMES[level]];
  return [HIGHLIGHT_NAMES[level]];
}
