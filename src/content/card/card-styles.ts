import { DARK, LIGHT, paletteVariables } from './card-theme.ts';

/**
 * The card's stylesheet, applied inside its shadow root only. Built when the first card opens, not
 * when the content script starts in a frame that may never show one. Sizes are in px, not rem: rem
 * would follow the page's root font size, which pages set to anything. The theme is a `data-theme`
 * attribute on the card; "system" follows `prefers-color-scheme`.
 */
let css: string | undefined;

export function cardCss(): string {
  css ??= `
.card {
  ${paletteVariables(LIGHT)}
  color-scheme: light;
  box-sizing: border-box;
  display: flex;
  flex-direction: column;
  width: 360px;
  max-width: calc(100vw - 16px);
  max-height: calc(100vh - 16px);
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
.card *, .card *::before, .card *::after { box-sizing: border-box; }
.card:focus { outline: none; }
.card:focus-visible, .card button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
header { display: flex; align-items: flex-start; gap: 8px; padding: 12px 12px 8px 14px; }
.heading { flex: 1; min-width: 0; }
h2 { margin: 0; font-size: 17px; font-weight: 650; line-height: 1.3; overflow-wrap: anywhere; }
.meta { margin: 2px 0 0; color: var(--muted); font-size: 13px; }
.actions { display: flex; gap: 4px; flex: none; }
button {
  font: inherit; color: inherit; background: transparent; border: 0; margin: 0; padding: 0;
  cursor: pointer; border-radius: 4px;
}
.icon { width: 28px; height: 28px; display: inline-grid; place-items: center; color: var(--muted); }
.icon:hover, .icon[aria-pressed="true"] { color: var(--text); background: var(--quote-bg); }
.icon svg { width: 16px; height: 16px; fill: currentColor; }
.body { overflow: auto; overscroll-behavior: contain; padding: 0 14px 8px; min-height: 0; flex: 1 1 auto; }
.status { margin: 0 0 10px; }
.badge {
  display: inline-block; margin-inline-end: 6px; padding: 1px 8px; border-radius: 999px;
  font-size: 12px; font-weight: 650; vertical-align: 1px;
}
.badge[data-level="restricted"] { background: var(--badge-restricted-bg); color: var(--badge-restricted-text); }
.badge[data-level="contested"] { background: var(--badge-contested-bg); color: var(--badge-contested-text); }
.badge[data-level="none"] { background: var(--badge-none-bg); color: var(--badge-none-text); }
h3 { margin: 12px 0 4px; font-size: 13px; font-weight: 650; color: var(--muted); }
ol { list-style: none; margin: 0; padding: 0; }
li { border-inline-start: 2px solid var(--border); padding-inline-start: 10px; margin: 0 0 4px; }
.toggle { display: flex; gap: 8px; width: 100%; padding: 4px 2px; text-align: start; }
.toggle:hover .summary { text-decoration: underline; }
.chevron { margin-inline-start: auto; color: var(--muted); }
.card[dir="rtl"] .chevron { transform: scaleX(-1); }
.toggle[aria-expanded="true"] .chevron { transform: rotate(90deg); }
.date { flex: none; min-width: 72px; color: var(--muted); font-variant-numeric: tabular-nums; }
.source { margin: 2px 0 8px; padding: 8px 10px; background: var(--quote-bg); border-radius: 6px; }
blockquote { margin: 0 0 6px; font-style: italic; overflow-wrap: anywhere; }
.cite { margin: 0; color: var(--muted); font-size: 13px; }
cite { font-style: normal; color: var(--text); }
.empty { margin: 8px 0; color: var(--muted); }
footer { padding: 8px 14px 10px; border-top: 1px solid var(--border); color: var(--muted); font-size: 12px; }
`;
  return css;
}
