import type { StatusTone } from './StatusBlock.tsx';

/**
 * The card's colours, one palette per theme. Kept as data rather than buried in CSS so a unit test
 * can check every text/background pair against WCAG AA (4.5:1) in both themes.
 */
export interface Palette {
  background: string;
  text: string;
  muted: string;
  border: string;
  /** Focus ring and links: must stand out against the background (3:1 for non-text). */
  accent: string;
  quoteBackground: string;
  /** The age of a status older than a year: must read as a warning, and meet AA on the background. */
  warning: string;
  badges: Record<StatusTone, { background: string; text: string }>;
}

export const LIGHT: Palette = {
  background: '#ffffff',
  text: '#1f2328',
  muted: '#59636e',
  border: '#d1d9e0',
  accent: '#0969da',
  quoteBackground: '#f6f8fa',
  warning: '#9a4f00',
  badges: {
    restricted: { background: '#ffebe9', text: '#a40e26' },
    contested: { background: '#fff8c5', text: '#7a4a00' },
    cleared: { background: '#dafbe1', text: '#116329' },
    unflagged: { background: '#eaeef2', text: '#424a53' },
  },
};

export const DARK: Palette = {
  background: '#1c2128',
  text: '#e6edf3',
  muted: '#9ea7b3',
  border: '#3d444d',
  accent: '#4493f8',
  quoteBackground: '#262c36',
  warning: '#f0b72f',
  badges: {
    restricted: { background: '#4c1a20', text: '#ffb1ad' },
    contested: { background: '#3b2d04', text: '#f2cc60' },
    cleared: { background: '#12361f', text: '#7ee787' },
    unflagged: { background: '#2f353d', text: '#c9d1d9' },
  },
};

/** CSS custom properties for a palette, scoped to the card (page styles cannot reach into our shadow root). */
export function paletteVariables(p: Palette): string {
  const vars: Record<string, string> = {
    '--bg': p.background,
    '--text': p.text,
    '--muted': p.muted,
    '--border': p.border,
    '--accent': p.accent,
    '--quote-bg': p.quoteBackground,
    '--warning': p.warning,
  };
  for (const [level, badge] of Object.entries(p.badges)) {
    vars[`--badge-${level}-bg`] = badge.background;
    vars[`--badge-${level}-text`] = badge.text;
  }
  return Object.entries(vars)
    .map(([name, value]) => `${name}:${value};`)
    .join('');
}
