/**
 * What each tab's frames last reported about their mentions, kept in `storage.session` by the
 * background (Chrome stops its service worker at will, and the popup reads it from there too). Cleared
 * by the browser at the end of the session; the background removes closed tabs and unloaded frames.
 */
import * as v from 'valibot';
import { ext } from './browser.ts';

const FrameMentionsSchema = v.object({
  /** `performance.timeOrigin` of the frame's document: tells a new page from an old frame. */
  timeOrigin: v.number(),
  active: v.boolean(),
  counts: v.record(v.string(), v.number()),
});
const TabMentionsSchema = v.object({ frames: v.record(v.string(), FrameMentionsSchema) });

export type FrameMentions = v.InferOutput<typeof FrameMentionsSchema>;
/** Frames by `frameId` (0 is the top frame). */
export type TabMentions = v.InferOutput<typeof TabMentionsSchema>;

export interface CompanyMentions {
  companyId: string;
  count: number;
  /** Frames that hold a mention, top frame first. */
  frameIds: number[];
}

const PREFIX = 'tab-mentions:';
export const tabMentionsKey = (tabId: number) => `${PREFIX}${tabId}`;

export async function readTabMentions(tabId: number): Promise<TabMentions | undefined> {
  const key = tabMentionsKey(tabId);
  const raw = (await ext.storage.session.get(key))[key];
  const parsed = v.safeParse(TabMentionsSchema, raw);
  return parsed.success ? parsed.output : undefined;
}

/** Every tab with stored mentions (for re-painting badges after a settings change). */
export async function readAllTabIds(): Promise<number[]> {
  const all = await ext.storage.session.get(null);
  return Object.keys(all)
    .filter((k) => k.startsWith(PREFIX))
    .map((k) => Number(k.slice(PREFIX.length)))
    .filter(Number.isInteger);
}

/** Calls `cb` when the stored mentions of `tabId` change, until `signal` aborts. */
export function watchTabMentions(
  tabId: number,
  cb: (mentions: TabMentions | undefined) => void,
  signal: AbortSignal,
): void {
  const key = tabMentionsKey(tabId);
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'session' || !(key in changes)) return;
    const parsed = v.safeParse(TabMentionsSchema, changes[key]?.newValue);
    cb(parsed.success ? parsed.output : undefined);
  };
  ext.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => ext.storage.onChanged.removeListener(listener), { once: true });
}

/** Counts summed over frames, most mentioned first (ties by id, so the order is stable). */
export function companiesInTab(tab: TabMentions | undefined): CompanyMentions[] {
  const byCompany = new Map<string, CompanyMentions>();
  const frames = Object.entries(tab?.frames ?? {}).sort(([a], [b]) => Number(a) - Number(b));
  for (const [frameId, frame] of frames) {
    for (const [companyId, count] of Object.entries(frame.counts)) {
      if (count <= 0) continue;
      const entry = byCompany.get(companyId) ?? { companyId, count: 0, frameIds: [] };
      entry.count += count;
      entry.frameIds.push(Number(frameId));
      byCompany.set(companyId, entry);
    }
  }
  return [...byCompany.values()].sort(
    (a, b) => b.count - a.count || (a.companyId < b.companyId ? -1 : a.companyId > b.companyId ? 1 : 0),
  );
}
