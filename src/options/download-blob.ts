/**
 * Saves a Blob as a file through `<a download>`: no `downloads` permission needed. The URL is revoked
 * a while later, as Firefox may still be reading it after `click()` returns.
 * https://developer.mozilla.org/docs/Web/API/URL/revokeObjectURL_static
 */
const REVOKE_AFTER_MS = 60_000;

export function downloadBlob(blob: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** `acme-compliance-1.2.0.pack.json`, as `npm run data -- --pack` names its output. */
export function packFileName(header: { id: string; version: string }): string {
  return `${header.id}-${header.version}.pack.json`;
}
