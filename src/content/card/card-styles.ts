import { DARK, LIGHT, paletteVariables } from './card-theme.ts';

/**
 * The card's stylesheet, applied inside its shadow root only. Built when the first card opens, not
 * when the content script starts in a frame that may never show one. Sizes are in px, not rem: rem
 * would follow the page's root font size, which pages set to anything. The theme is a `data-theme`
 * attribute on the card; "system" follows `prefers-color-scheme`.
 */
let css: string | undefined;

/** The card's tallest: on a tall window a longer card would cover much of the article being read. */
export const CARD_MAX_HEIGHT = 460;

export function cardCss(): string {
  css ??= `
.card {
  ${paletteVariables(LIGHT)}
  color-scheme: light;
  position: relative;
  box-sizing: border-box;
  display: flex;
  flex-direction: column;
  width: 360px;
  max-width: calc(100vw - 16px);
  max-height: min(${CARD_MAX_HEIGHT}px, calc(100vh - 16px));
  background: var(--bg);
  color: var(--text);
  border: 1px solid var(--border);
  border-radius: 8px;
  box-shadow: 0 8px 24px rgba(0, 0, 0, 0.25);
  font: 400 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  text-align: start;
  overflow: hidden;
}
.card[data-theme="dark"] { ${paletteVariables(DARK)} color-scheme: dark; }
@media (prefers-color-scheme: dark) {
  .card[data-theme="system"] { ${paletteVariables(DARK)} color-scheme: dark; }
}
.card[data-pinned="true"] { border-color: var(--accent); box-shadow: 0 0 0 1px var(--accent), 0 8px 24px rgba(0, 0, 0, 0.25); }
.card *, .card *::before, .card *::after { box-sizing: border-box; }
[hidden] { display: none !important; }
.card:focus { outline: none; }
.card:focus-visible, .card button:focus-visible, .card a:focus-visible, .when.inferred:focus-visible {
  outline: 2px solid var(--accent); outline-offset: 2px;
}
header { flex: none; display: flex; align-items: flex-start; gap: 8px; padding: 8px 8px 6px 14px; }
.heading { flex: 1; min-width: 0; display: flex; flex-wrap: wrap; align-items: baseline; column-gap: 8px; padding-top: 3px; }
h2 { margin: 0; font-size: 16px; font-weight: 650; line-height: 1.3; overflow-wrap: anywhere; }
.meta { margin: 0; color: var(--muted); font-size: 12px; }
.meta span { white-space: nowrap; }
.actions { display: flex; align-items: center; gap: 2px; flex: none; }
.pinned-tag { padding: 0 6px; color: var(--accent); font-size: 12px; font-weight: 650; white-space: nowrap; }
button {
  font: inherit; color: inherit; background: transparent; border: 0; margin: 0; padding: 0;
  cursor: pointer; border-radius: 4px; text-align: start;
}
.icon { width: 28px; height: 28px; display: inline-grid; place-items: center; color: var(--muted); }
.icon:hover { color: var(--text); background: var(--quote-bg); }
.icon[aria-pressed="true"], .icon[aria-pressed="true"]:hover { color: var(--bg); background: var(--accent); }
.icon svg { width: 16px; height: 16px; fill: currentColor; }
.docked { flex: none; margin: 0 14px 6px; color: var(--muted); font-size: 12px; }
.body { overflow: auto; overscroll-behavior: contain; padding: 0 14px; min-height: 0; flex: 1 1 auto; }
.status { position: relative; margin: 0 0 6px; padding: 8px 10px; background: var(--quote-bg); border-radius: 6px; }
.status-what { margin: 0; }
.badge {
  display: inline-block; margin-inline-end: 6px; padding: 0 8px; border-radius: 999px; font-size: 12px;
  font-weight: 650; white-space: nowrap; vertical-align: 1px;
}
.badge[data-tone="restricted"] { background: var(--badge-restricted-bg); color: var(--badge-restricted-text); }
.badge[data-tone="contested"] { background: var(--badge-contested-bg); color: var(--badge-contested-text); }
.badge[data-tone="cleared"] { background: var(--badge-cleared-bg); color: var(--badge-cleared-text); }
.badge[data-tone="unflagged"] { background: var(--badge-unflagged-bg); color: var(--badge-unflagged-text); }
.label { font-weight: 600; overflow-wrap: anywhere; }
.status-when { margin: 2px 0 0; display: flex; flex-wrap: wrap; gap: 0 10px; color: var(--muted); font-size: 13px; }
.as-of, .age, .when { white-space: nowrap; }
.age[data-stale="true"] { color: var(--warning); font-weight: 600; }
.warn { margin-inline-end: 3px; }
.when.inferred { text-decoration: underline dotted; text-underline-offset: 3px; cursor: help; border-radius: 2px; }
.tip {
  display: none; position: absolute; z-index: 1; inset-inline: 6px; top: calc(100% - 2px);
  padding: 6px 8px; background: var(--bg); color: var(--text); border: 1px solid var(--border);
  border-radius: 6px; box-shadow: 0 4px 12px rgba(0, 0, 0, 0.2); font-size: 12px; font-weight: 400;
  white-space: normal;
}
.when.inferred { color: inherit; font-size: inherit; }
.when.inferred:hover + .tip, .when.inferred:focus + .tip, .tip[data-open="true"] { display: block; }
h3 { margin: 10px 0 2px; font-size: 12px; font-weight: 650; color: var(--muted); }
ol { list-style: none; margin: 0; padding: 0; }
li { margin: 0; }
.toggle { display: flex; align-items: flex-start; gap: 6px; width: 100%; padding: 5px 4px; }
.toggle:hover { background: var(--quote-bg); }
.row-text { flex: 1; min-width: 0; }
.date { margin-inline-end: 2px; color: var(--muted); font-size: 12px; white-space: nowrap; font-variant-numeric: tabular-nums; }
.summary { overflow-wrap: anywhere; }
.chevron { flex: none; width: 16px; height: 16px; margin-top: 2px; color: var(--muted); transition: transform 0.15s; }
.chevron svg { display: block; width: 16px; height: 16px; fill: none; stroke: currentColor; stroke-width: 2; }
.card[dir="rtl"] .chevron { transform: scaleX(-1); }
.toggle[aria-expanded="true"] .chevron, .card[dir="rtl"] .toggle[aria-expanded="true"] .chevron { transform: rotate(90deg); }
@media (prefers-reduced-motion: reduce) { .chevron { transition: none; } }
.source { position: relative; margin: 0 0 8px 4px; padding: 8px 10px; background: var(--quote-bg); border-radius: 6px; }
blockquote {
  margin: 0 0 6px; padding-inline-start: 8px; border-inline-start: 3px solid var(--border);
  font-style: italic; overflow-wrap: anywhere;
}
.cite { margin: 0; font-size: 13px; }
cite { font-style: normal; font-weight: 600; }
.cite-meta { margin: 2px 0 6px; color: var(--muted); font-size: 12px; }
.cite-pack { margin: 0 0 6px; color: var(--muted); font-size: 12px; }
.source-actions { margin: 0; display: flex; flex-wrap: wrap; gap: 2px 14px; }
.link { color: var(--accent); font-size: 13px; text-decoration: underline; text-underline-offset: 2px; padding: 2px 0; }
.copy-status { margin: 4px 0 0; color: var(--muted); font-size: 12px; }
.quote-gone { margin: 4px 0 0; color: var(--muted); font-size: 12px; font-style: italic; }
.copy-status:empty { display: none; }
.note-actions { margin: 6px 0 0; padding-top: 6px; border-top: 1px solid var(--border); display: flex; flex-wrap: wrap; gap: 2px 14px; }
.note-status { flex: none; margin: 0 14px 6px; font-size: 13px; }
.note-status:empty { margin: 0; }
.note-confirm { display: flex; gap: 14px; margin-top: 2px; }
.show-all {
  display: block; width: 100%; margin: 8px 0 2px; padding: 6px 8px; border: 1px solid var(--border);
  border-radius: 6px; color: var(--accent); font-size: 13px; text-align: center;
}
.show-all:hover { background: var(--quote-bg); }
.empty { margin: 8px 0; color: var(--muted); }
footer { margin: 8px -14px 0; padding: 8px 14px 10px; border-top: 1px solid var(--border); color: var(--muted); font-size: 12px; }
footer p { margin: 0; }
.more-cue {
  position: absolute; inset-inline: 1px; bottom: 1px; height: 34px; display: flex; align-items: flex-end;
  justify-content: center; padding-bottom: 2px; border-radius: 0 0 7px 7px; pointer-events: none;
  background: linear-gradient(to bottom, transparent, var(--bg) 75%); color: var(--muted); font-size: 11px;
}
.more-cue span { padding: 0 8px; border: 1px solid var(--border); border-radius: 999px; background: var(--bg); }
/* A short window (or 200% zoom): the same card, tighter, so the status and a whole fact still fit. */
@media (max-height: 560px) {
  header { padding-block: 4px 2px; }
  .status { padding: 5px 8px; }
  h3 { margin-top: 6px; }
  .toggle { padding-block: 3px; }
}
.visually-hidden {
  position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap;
}
`;
  return css;
}
