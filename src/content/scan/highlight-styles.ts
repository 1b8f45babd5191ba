/**
 * The `::highlight()` rules for each highlight style. Mid-tone colours read on light and dark pages;
 * restricted, contested and none differ by colour and line style, so colour is not the only cue.
 */
import type { StatusLevel } from '../../shared/dataset-types.ts';
import type { HighlightStyle } from '../../shared/settings.ts';

export const HIGHLIGHT_NAMES: Record<StatusLevel, string> = {
  restricted: 'company-lens-restricted',
  contested: 'company-lens-contested',
  none: 'company-lens-none',
};
export const ACTIVE_HIGHLIGHT_NAME = 'company-lens-active';

const COLOURS: Record<StatusLevel, string> = {
  restricted: 'rgb(220 60 60 / 0.9)',
  contested: 'rgb(214 140 20 / 0.9)',
  none: 'rgb(128 128 140 / 0.8)',
};
const LINES: Record<StatusLevel, string> = { restricted: 'solid', contested: 'dashed', none: 'dotted' };
const TINTS: Record<StatusLevel, string> = {
  restricted: 'rgb(220 60 60 / 0.18)',
  contested: 'rgb(214 140 20 / 0.2)',
  none: 'rgb(128 128 140 / 0.16)',
};

function levelRule(level: StatusLevel, style: HighlightStyle): string {
  const selector = `::highlight(${HIGHLIGHT_NAMES[level]})`;
  if (style === 'background') return `${selector} { background-color: ${TINTS[level]}; }`;
  return `${selector} { text-decoration: underline ${LINES[level]} ${COLOURS[level]} 1.5px; }`;
}

export function highlightCss(style: HighlightStyle): string {
  const levels = style === 'hover-only' ? [] : (['restricted', 'contested', 'none'] as const);
  return [
    ...levels.map((level) => levelRule(level, style)),
    `::highlight(${ACTIVE_HIGHLIGHT_NAME}) { background-color: rgb(70 130 230 / 0.25); }`,
  ].join('\n');
}
