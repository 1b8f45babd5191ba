/**
 * The quotes the user captured, by the page they were captured on: a small `storage.local` key the
 * background rewrites from the enabled "My notes" whenever the packs change (watch-packs.ts), so that a tab on a captured page can mark
 * them without opening the pack store (IndexedDB of the extension's origin, out of a content
 * script's reach). A page not in it costs one lookup.
 */
import * as v from 'valibot';
import { ext } from './browser.ts';
import type { Pack } from './pack/pack-schema.ts';

export const CAPTURED_QUOTES_KEY = 'captured-quotes';

const CapturedQuotesSchema = v.record(v.string(), v.array(v.string()));
export type CapturedQuotes = v.InferOutput<typeof CapturedQuotesSchema>;

/** Each article's URL with the quotes of the facts that cite it. */
export function capturedQuotesOf(pack: Pack | undefined): CapturedQuotes {
  const urlOf = new Map((pack?.articles ?? []).flatMap((a) => (a.url ? [[a.id, a.url] as const] : [])));
  const byUrl: CapturedQuotes = {};
  for (const company of pack?.companies ?? []) {
    for (const fact of company.facts) {
      const url = urlOf.get(fact.article);
      if (url) byUrl[url] = [...(byUrl[url] ?? []), fact.quote];
    }
  }
  return byUrl;
}

export function storeCapturedQuotes(quotes: CapturedQuotes): Promise<void> {
  return ext.storage.local.set({ [CAPTURED_QUOTES_KEY]: quotes });
}

/** The quotes captured on `url`, none when there are none or the stored value is of another shape. */
export async function readCapturedQuotes(url: string): Promise<string[]> {
  const stored = (await ext.storage.local.get(CAPTURED_QUOTES_KEY))[CAPTURED_QUOTES_KEY];
  const parsed = v.safeParse(CapturedQuotesSchema, stored);
  return parsed.success ? (parsed.output[url] ?? []) : [];
}
