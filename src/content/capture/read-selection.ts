/**
 * Reads the user's selection for a capture, only when the user asked for one (the background sends
 * `read-selection` after the context menu, the keyboard command or the popup's button). Nothing
 * is read from the page before that.
 */
import type { SelectionReading } from '../../shared/capture-draft.ts';
import { cleanPageUrl } from './clean-page-url.ts';
import { findPublicationDate } from './publication-date.ts';
import { selectionProblem } from './selection-limits.ts';

/** How much of the page's text either side of the quote is kept to find it again. */
const CONTEXT_CHARS = 200;

export function readSelection(win: Window): SelectionReading {
  const doc = win.document;
  const active = doc.activeElement;
  // A password field's selection is never read, whatever the page does with it.
  if (active?.localName === 'input' && (active as HTMLInputElement).type === 'password') {
    return { ok: false, problem: 'password' };
  }
  const selection = win.getSelection();
  const quote = selection?.toString() ?? '';
  const problem = selectionProblem(quote);
  if (problem || !selection || selection.rangeCount === 0) return { ok: false, problem: problem ?? 'empty' };
  const range = selection.getRangeAt(0);
  const body = doc.body ?? doc.documentElement;
  const before = doc.createRange();
  before.setStart(body, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const after = doc.createRange();
  after.setStart(range.endContainer, range.endOffset);
  after.setEnd(body, body.childNodes.length);
  const siteName = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content')?.trim();
  return {
    ok: true,
    quote: quote.trim(),
    before: squeeze(before.toString()).slice(-CONTEXT_CHARS),
    after: squeeze(after.toString()).slice(0, CONTEXT_CHARS),
    url: cleanPageUrl(win.location.href),
    title: (doc.title.trim() || win.location.hostname).slice(0, 1000),
    siteName: siteName ? siteName.slice(0, 500) : null,
    publishedDate: findPublicationDate(doc),
  };
}

/** Runs of whitespace as one space: context only has to locate the quote, not keep the layout. */
const squeeze = (text: string) => text.replace(/\s+/g, ' ');
