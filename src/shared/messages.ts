/**
 * The one message map between the extension's parts. Every message is checked against its schema where
 * it arrives, and only from our own extension: listeners can also be reached by other extensions, and a
 * content script must never act on something a page managed to pass along.
 *
 * - To a frame's content script (`tabs.sendMessage` from the popup or the background): `FrameRequest`.
 * - To the background (`runtime.sendMessage` from content scripts): `BackgroundNotice`, and
 *   `BackgroundRequest` where the content script needs an answer.
 */
import * as v from 'valibot';
import { ext, type Runtime } from './browser.ts';
import { type SelectionReading, SelectionReadingSchema } from './capture-draft.ts';
import type { Article, Company } from './dataset-types.ts';
import { MAX_PAGE_TEXT } from './lens-gate.ts';
import type { SerializedMatcher } from './matcher/serialized-matcher.ts';
import { NOTE_FACT_ID } from './my-notes-id.ts';

const FrameRequestSchema = v.variant('type', [
  /** What the popup needs to describe the page: its hostname and whether we mark it. */
  v.object({ type: v.literal('get-page-state') }),
  /** Scroll to the company's next mention (its first on the first call) and open its card. */
  v.object({ type: v.literal('reveal-company'), companyId: v.pipe(v.string(), v.maxLength(200)) }),
  /** Keyboard commands: go to the next or previous mention of any company. */
  v.object({ type: v.literal('step-mention'), direction: v.picklist([1, -1]) }),
  /** The user asked to capture their selection: the quote, its context and the page's metadata. */
  v.object({ type: v.literal('read-selection') }),
]);
export type FrameRequest = v.InferOutput<typeof FrameRequestSchema>;

const PageStateSchema = v.object({
  hostname: v.string(),
  /** False when switched off for this page (globally or for its site). */
  active: v.boolean(),
});
type PageState = v.InferOutput<typeof PageStateSchema>;

/** The answer each request gets. */
export interface FrameResponses {
  'get-page-state': PageState;
  'reveal-company': boolean;
  'step-mention': boolean;
  'read-selection': SelectionReading;
}
const RESPONSE_SCHEMAS: { [K in keyof FrameResponses]: v.GenericSchema<unknown, FrameResponses[K]> } = {
  'get-page-state': PageStateSchema,
  'reveal-company': v.boolean(),
  'step-mention': v.boolean(),
  'read-selection': SelectionReadingSchema,
};

const countSchema = v.pipe(v.number(), v.integer(), v.minValue(1));
const datasetId = v.pipe(v.string(), v.regex(/^[\w-]{1,200}$/));
/**
 * A fact of the user's own pack, "My notes", by its merged id: the only facts a content script may
 * ask to edit or delete. Any other pack's, and the bundled ones, are refused by the schema itself.
 */
const noteFactId = v.pipe(v.string(), v.maxLength(220), v.regex(NOTE_FACT_ID));
/** The id of a delete that can be undone (`crypto.randomUUID`). */
const undoId = v.pipe(v.string(), v.uuid());

const BackgroundNoticeSchema = v.variant('type', [
  /**
   * A frame's mention counts changed (or it started, or was switched off: then `counts` is empty).
   * `timeOrigin` identifies the document, so the background can tell a new page from an old frame.
   */
  v.object({
    type: v.literal('frame-mentions'),
    timeOrigin: v.pipe(v.number(), v.finite()),
    active: v.boolean(),
    counts: v.record(v.pipe(v.string(), v.maxLength(200)), countSchema),
  }),
  /**
   * The reader asked to read a fact in its article: the background opens our source reader at it.
   * A pack's fact is named by the pack and the pack's own ids (source-reader-url.ts).
   */
  v.object({
    type: v.literal('open-source'),
    articleId: datasetId,
    factId: datasetId,
    packId: v.optional(datasetId),
  }),
  /** From a frame's gate: a company can be named here, load the lens (src/content/gate/). */
  v.object({ type: v.literal('load-lens') }),
  /** From a frame's lens: a card is wanted, load the card's script (card-slot.ts). */
  v.object({ type: v.literal('load-card') }),
  /** The card's "Edit" on a note: the background opens the capture page's edit mode for it. */
  v.object({ type: v.literal('edit-note'), factId: noteFactId }),
  /** An error thrown in one of our scheduled tasks, for the background's console (never the page's). */
  v.object({ type: v.literal('content-error'), error: v.pipe(v.string(), v.maxLength(8000)) }),
]);
export type BackgroundNotice = v.InferOutput<typeof BackgroundNoticeSchema>;

/** The most ids one `get-companies` asks for: a page's companies go in batches of at most this. */
export const MAX_COMPANIES_PER_REQUEST = 500;

/** The most page text one `find-companies` sends (kept where the gate can read it without valibot). */
export { MAX_PAGE_TEXT };

/** The most pack companies one frame's own matcher holds (`find-companies`' `known` and `found`). */
export const MAX_PAGE_COMPANIES = 5000;

const BackgroundRequestSchema = v.variant('type', [
  /** The merged records of the enabled packs' companies (company-records.ts), with their articles. */
  v.object({
    type: v.literal('get-companies'),
    ids: v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(MAX_COMPANIES_PER_REQUEST)),
  }),
  /**
   * Packs too large for the runtime (pack-runtime.ts): the pack companies a frame's text names, as a
   * matcher of the bundled names plus theirs, for this frame alone. `known`: the pack companies its
   * matcher holds already (found in text it sent before), kept in the new matcher.
   */
  v.object({
    type: v.literal('find-companies'),
    text: v.pipe(v.string(), v.maxLength(MAX_PAGE_TEXT)),
    known: v.optional(
      v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(MAX_PAGE_COMPANIES)),
      [],
    ),
  }),
  /** The card's "Delete" on a note: removes it from "My notes"; the answer is what undoes it. */
  v.object({ type: v.literal('delete-note'), factId: noteFactId }),
  /** The card's "Undo" right after a delete: puts that note back. */
  v.object({ type: v.literal('restore-note'), undo: undoId }),
]);
export type BackgroundRequest = v.InferOutput<typeof BackgroundRequestSchema>;

/** Whether a deleted note is back, and if not, why, for the card to say in a line. */
export type RestoreNoteAnswer =
  | { restored: true }
  /** Its undo is gone (it lasts the browser session), or "My notes" with it. */
  | { restored: false; why: 'gone' }
  /** A name of its company is another company's now, in pack `packName`. */
  | { restored: false; why: 'name-taken'; alias: string; packName: string }
  /** Another check refused it, or the background did not answer. */
  | { restored: false; why: 'refused' };

/** The answer each request gets; the background built it from checked packs. */
export interface BackgroundResponses {
  /** `revision` is that of the pack runtime the records belong to (none when no pack is enabled). */
  'get-companies': { revision: string | undefined; companies: Company[]; articles: Article[] };
  /**
   * `matcher` is null when the text names no company beyond the runtime's own matcher and `known`;
   * else it holds those, and `found` lists its pack companies (`known` and the new ones).
   */
  'find-companies': { revision: string | undefined; matcher: SerializedMatcher | null; found: string[] };
  /** `undo` names the deleted note for `restore-note`; null when nothing was deleted. */
  'delete-note': { undo: string } | null;
  'restore-note': RestoreNoteAnswer;
}

const ExtensionPageRequestSchema = v.variant('type', [
  /** The popup's capture button: capture the selection in the top frame of `tabId`. */
  v.object({ type: v.literal('start-capture'), tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
]);
export type ExtensionPageRequest = v.InferOutput<typeof ExtensionPageRequestSchema>;

/** Asks the background from one of our pages (the popup). */
export function askFromExtensionPage(request: ExtensionPageRequest): Promise<void> {
  return ext.runtime.sendMessage(request).then(() => undefined);
}

/** Handles `ExtensionPageRequest`s from our own pages (never content scripts) until `signal` aborts. */
export function handleExtensionPageRequests(
  handle: (request: ExtensionPageRequest) => Promise<void>,
  signal: AbortSignal,
): void {
  listen((message, sender) => {
    if (!isFromExtensionPage(sender)) return undefined;
    const parsed = v.safeParse(ExtensionPageRequestSchema, message);
    return parsed.success ? handle(parsed.output).then(() => true) : undefined;
  }, signal);
}

/** Sends `request` to one frame of a tab; rejects if no content script answers (e.g. a store page). */
export async function sendToFrame<T extends FrameRequest['type']>(
  tabId: number,
  frameId: number,
  request: Extract<FrameRequest, { type: T }>,
): Promise<FrameResponses[T]> {
  const answer: unknown = await ext.tabs.sendMessage(tabId, request, { frameId });
  const schema: v.GenericSchema<unknown, FrameResponses[T]> = RESPONSE_SCHEMAS[request.type as T];
  return v.parse(schema, answer);
}

export function notifyBackground(notice: BackgroundNotice): Promise<void> {
  return ext.runtime.sendMessage(notice).then(() => undefined);
}

export function askBackground<T extends BackgroundRequest['type']>(
  request: Extract<BackgroundRequest, { type: T }>,
): Promise<BackgroundResponses[T]> {
  return ext.runtime.sendMessage(request) as Promise<BackgroundResponses[T]>;
}

function isFromOurExtension(sender: Runtime.MessageSender): boolean {
  return sender.id === ext.runtime.id;
}

/** Sent by one of our own pages or the background (which, unlike a content script, has our URL). */
function isFromExtensionPage(sender: Runtime.MessageSender): boolean {
  return sender.url?.startsWith(ext.runtime.getURL('')) ?? false;
}

type FrameHandlers = {
  [K in keyof FrameResponses]: (
    request: Extract<FrameRequest, { type: K }>,
  ) => FrameResponses[K] | Promise<FrameResponses[K]>;
};

/** Answers `FrameRequest`s in a content script until `signal` aborts. Anything else is left alone. */
export function handleFrameRequests(handlers: FrameHandlers, signal: AbortSignal): void {
  listen((message, sender) => {
    // Only our pages and the background may ask; a content script (even ours, in another frame) may not.
    if (!isFromExtensionPage(sender)) return undefined;
    const parsed = v.safeParse(FrameRequestSchema, message);
    if (!parsed.success) return undefined;
    const handler = handlers[parsed.output.type] as (r: FrameRequest) => unknown;
    return Promise.resolve(handler(parsed.output));
  }, signal);
}

/** Handles `BackgroundNotice`s from our content scripts until `signal` aborts. */
export function handleBackgroundNotices(
  handle: (notice: BackgroundNotice, sender: Runtime.MessageSender) => void,
  signal: AbortSignal,
): void {
  listen((message, sender) => {
    const parsed = v.safeParse(BackgroundNoticeSchema, message);
    if (!parsed.success || !sender.tab) return undefined;
    handle(parsed.output, sender);
    return undefined;
  }, signal);
}

type BackgroundHandlers = {
  [K in keyof BackgroundResponses]: (
    request: Extract<BackgroundRequest, { type: K }>,
    sender: Runtime.MessageSender,
  ) => Promise<BackgroundResponses[K]>;
};

/** Answers `BackgroundRequest`s from our content scripts until `signal` aborts. */
export function handleBackgroundRequests(handlers: BackgroundHandlers, signal: AbortSignal): void {
  listen((message, sender) => {
    const parsed = v.safeParse(BackgroundRequestSchema, message);
    if (!parsed.success || !sender.tab) return undefined;
    const handler = handlers[parsed.output.type] as (
      r: BackgroundRequest,
      s: Runtime.MessageSender,
    ) => Promise<unknown>;
    return handler(parsed.output, sender);
  }, signal);
}

function listen(
  listener: (message: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined,
  signal: AbortSignal,
): void {
  if (signal.aborted) return;
  // Returning undefined (not a promise) lets another listener answer, as the polyfill documents.
  const guarded = (message: unknown, sender: Runtime.MessageSender) =>
    isFromOurExtension(sender) ? listener(message, sender) : undefined;
  ext.runtime.onMessage.addListener(guarded);
  signal.addEventListener('abort', () => ext.runtime.onMessage.removeListener(guarded), { once: true });
}
