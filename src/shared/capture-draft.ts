/**
 * A capture in progress: what a frame read from the user's selection (`read-selection`, answered by
 * `src/content/capture/read-selection.ts`), handed from the background to the capture page through
 * `storage.session` under an id in the page's URL. Session storage: the draft holds page text, which
 * must not outlive the browser session, and is visible only to our own pages.
 * https://developer.chrome.com/docs/extensions/reference/api/storage#property-session
 */
import * as v from 'valibot';
import { ext } from './browser.ts';

const line = (max: number) => v.pipe(v.string(), v.maxLength(max));

export const SelectionReadingSchema = v.variant('ok', [
  v.object({
    ok: v.literal(true),
    /** Exactly as selected. */
    quote: line(4000),
    /** A little of the page's text either side, to find the quote again. */
    before: line(1000),
    after: line(1000),
    /** Without fragment or tracking parameters. */
    url: line(4000),
    title: line(1000),
    /** `og:site_name`, else null. */
    siteName: v.nullable(line(500)),
    publishedDate: v.nullable(
      v.object({
        value: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)),
        source: v.picklist(['article:published_time', 'json-ld', 'time']),
      }),
    ),
  }),
  v.object({
    ok: v.literal(false),
    problem: v.picklist(['empty', 'too-short', 'too-long', 'password', 'unreadable']),
  }),
]);
export type SelectionReading = v.InferOutput<typeof SelectionReadingSchema>;
export type CaptureProblem = Extract<SelectionReading, { ok: false }>['problem'];

const DraftSchema = v.object({
  reading: SelectionReadingSchema,
  /** The day of capture, `YYYY-MM-DD`, in the user's time zone. */
  capturedOn: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)),
});
export type CaptureDraft = v.InferOutput<typeof DraftSchema>;

const DRAFT_ID = /^[\w-]{1,64}$/;
const key = (id: string) => `capture-draft:${id}`;

export async function storeCaptureDraft(draft: CaptureDraft): Promise<string> {
  const id = crypto.randomUUID();
  await ext.storage.session.set({ [key(id)]: draft });
  return id;
}

/** The draft named by the capture page's `?draft=` id, or null when it is unknown, gone or malformed. */
export async function readCaptureDraft(id: string | null): Promise<CaptureDraft | null> {
  if (id === null || !DRAFT_ID.test(id)) return null;
  const stored = (await ext.storage.session.get(key(id)))[key(id)];
  const parsed = v.safeParse(DraftSchema, stored);
  return parsed.success ? parsed.output : null;
}

export function forgetCaptureDraft(id: string): Promise<void> {
  return ext.storage.session.remove(key(id));
}

/** Today in the user's time zone, as `YYYY-MM-DD`. */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
