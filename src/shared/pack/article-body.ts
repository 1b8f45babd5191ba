/**
 * The reporting part of an article: its text up to the `bodyEndsBefore` line, when its metadata names
 * one. Quotes must come from here, and the report reads only this, so reader comments below an
 * article can never become a source.
 */
export function articleBody(text: string, bodyEndsBefore: string | undefined): string {
  if (bodyEndsBefore === undefined) return text;
  const end = text.indexOf(bodyEndsBefore);
  return end === -1 ? text : text.slice(0, end);
}
