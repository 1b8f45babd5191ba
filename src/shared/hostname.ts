/**
 * The per-site switch is keyed by hostname. Browsers already lowercase `location.hostname`, but values
 * also come from storage and the options page, so they are normalised in one place.
 */

// Letters, digits, hyphens and dots (IDNs arrive as punycode), or a bracketed IPv6 address.
const HOSTNAME = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])$/;

/** The normalised hostname, or null when `value` is not one (empty, a URL, spaces...). */
export function normalizeHostname(value: string): string | null {
  const host = value.trim().toLowerCase().replace(/\.$/, '');
  return host.length > 0 && host.length <= 253 && HOSTNAME.test(host) ? host : null;
}
