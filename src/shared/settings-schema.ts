/**
 * What a valid stored setting looks like, one schema per key, so a single bad value (hand-edited,
 * written by an older or newer version, or corrupted in sync) falls back to its own default and leaves
 * the other settings alone.
 */
import * as v from 'valibot';
import { normalizeHostname } from './hostname.ts';

const HIGHLIGHT_STYLES = ['underline', 'background', 'hover-only'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

/** `first-per-section`: see `src/content/scan/mention-marks.ts` for what a section is. */
export const MARK_MENTIONS = ['every', 'first-per-section'] as const;
export type MarkMentions = (typeof MARK_MENTIONS)[number];

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const HOVER_DELAY_MIN_MS = 0;
export const HOVER_DELAY_MAX_MS = 2000;

export interface Settings {
  /** The global switch. */
  enabled: boolean;
  /** Hostnames (lowercase, no trailing dot) where the extension is off. */
  disabledSites: string[];
  highlightStyle: HighlightStyle;
  /** Which mentions are painted; hover, navigation and counts know every mention either way. */
  markMentions: MarkMentions;
  /** How long the pointer rests on a mention before its card opens. */
  hoverDelayMs: number;
  /** Show the number of companies on the toolbar button. */
  showBadge: boolean;
  theme: Theme;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledSites: [],
  highlightStyle: 'underline',
  markMentions: 'every',
  hoverDelayMs: 200,
  showBadge: true,
  theme: 'system',
});

const hostnameList = v.pipe(
  v.array(v.string()),
  // Normalise, drop what is not a hostname, and de-duplicate, so `isActiveOn` can compare exactly.
  v.transform((list) => [...new Set(list.map(normalizeHostname).filter((h): h is string => h !== null))]),
);

/**
 * On the schema of a setting the content script reads (marks, card): changing it restarts the
 * content script's activation in every tab, which is how the new value takes effect there.
 */
const restartsContentScript = <T>() =>
  v.metadata<T, { restartsContentScript: true }>({ restartsContentScript: true });
/** A setting the content script reads and follows without a restart (it applies the new value itself). */
const followedLive = <T>() => v.metadata<T, { followedLive: true }>({ followedLive: true });

/** Each schema accepts what `saveSettings` may store and turns it into the in-memory value. */
export const SETTING_SCHEMAS: { [K in keyof Settings]: v.GenericSchema<unknown, Settings[K]> } = {
  enabled: v.boolean(),
  disabledSites: hostnameList,
  highlightStyle: v.pipe(v.picklist(HIGHLIGHT_STYLES), restartsContentScript<HighlightStyle>()),
  markMentions: v.pipe(v.picklist(MARK_MENTIONS), followedLive<MarkMentions>()),
  hoverDelayMs: v.pipe(
    v.number(),
    v.finite(),
    v.transform((n) => Math.round(Math.min(HOVER_DELAY_MAX_MS, Math.max(HOVER_DELAY_MIN_MS, n)))),
    restartsContentScript<number>(),
  ),
  showBadge: v.boolean(),
  theme: v.pipe(v.picklist(THEMES), restartsContentScript<Theme>()),
};

const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[];

/** The settings whose schema says that changing them restarts the content script. */
export const RESTARTING_SETTINGS: readonly (keyof Settings)[] = SETTING_KEYS.filter(
  (key) => v.getMetadata(SETTING_SCHEMAS[key]).restartsContentScript === true,
);

/** The settings the content script follows without restarting (`company-lens.ts` applies them). */
export const LIVE_SETTINGS: readonly (keyof Settings)[] = SETTING_KEYS.filter(
  (key) => v.getMetadata(SETTING_SCHEMAS[key]).followedLive === true,
);

/** The values of those settings as one key: the content script restarts when it changes. */
export function contentScriptKey(settings: Settings): string {
  return JSON.stringify(RESTARTING_SETTINGS.map((key) => settings[key]));
}

export function isSettingKey(key: string): key is keyof Settings {
  return Object.hasOwn(DEFAULT_SETTINGS, key);
}

/** The stored value for `key` if valid, else its default (a fresh copy, so callers may mutate). */
function parseSetting<K extends keyof Settings>(key: K, raw: unknown): Settings[K] {
  if (raw === undefined) return structuredClone(DEFAULT_SETTINGS[key]);
  const schema: v.GenericSchema<unknown, Settings[K]> = SETTING_SCHEMAS[key];
  const result = v.safeParse(schema, raw);
  return result.success ? result.output : structuredClone(DEFAULT_SETTINGS[key]);
}

/** Fills in defaults and replaces invalid values; unknown keys are ignored. */
export function parseSettings(raw: Record<string, unknown>): Settings {
  const out = {} as Record<keyof Settings, unknown>;
  for (const key of SETTING_KEYS) out[key] = parseSetting(key, raw[key]);
  return out as Settings;
}
