/**
 * The site a frame belongs to, for the per-site switch: the hostname of the top-level page, so that
 * switching Company Lens off on a site also covers the embeds (a cross-origin iframe has a hostname
 * of its own). Content scripts cannot read a cross-origin parent's location, so this falls back to
 * what the frame is told: `location.ancestorOrigins` (Chromium), then the referrer, which by default
 * carries at least the embedding page's origin.
 */
export function siteHostname(win: Window = window): string {
  if (win === win.top) return win.location.hostname;
  try {
    const top = win.top?.location.hostname;
    if (top !== undefined) return top;
  } catch {
    // Cross-origin top: its location is not ours to read.
  }
  const ancestors = win.location.ancestorOrigins;
  const topOrigin = ancestors && ancestors.length > 0 ? ancestors[ancestors.length - 1] : undefined;
  const fromOrigin = topOrigin ? hostnameOf(topOrigin) : null;
  if (fromOrigin !== null) return fromOrigin;
  return hostnameOf(win.document.referrer) ?? win.location.hostname;
}

function hostnameOf(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}
