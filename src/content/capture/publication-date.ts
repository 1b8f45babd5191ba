/**
 * The page's own publication date, where its metadata gives one, and where it came from: Open Graph's
 * `article:published_time` (https://ogp.me/#type_article), JSON-LD `datePublished`
 * (https://schema.org/datePublished), or the first `<time datetime>`. Only the day is kept: the card
 * dates facts to the day at most.
 */
export type DateSource = 'article:published_time' | 'json-ld' | 'time';

export interface PublicationDate {
  /** `YYYY-MM-DD`. */
  value: string;
  source: DateSource;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})/;

function dayOf(text: string | null | undefined): string | null {
  const match = DAY.exec(text?.trim() ?? '');
  if (!match) return null;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  // A day that does not exist (2021-02-30) rolls over; refuse it rather than cite the wrong day.
  return date.getUTCDate() === Number(d) && date.getUTCMonth() === Number(m) - 1 ? `${y}-${m}-${d}` : null;
}

/** `datePublished` anywhere in a JSON-LD value: an object, a list, or an `@graph`. */
function jsonLdDate(value: unknown, depth = 0): string | null {
  if (depth > 4 || typeof value !== 'object' || value === null) return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = jsonLdDate(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  if (typeof record.datePublished === 'string') return dayOf(record.datePublished);
  return jsonLdDate(record['@graph'], depth + 1);
}

export function findPublicationDate(doc: Document): PublicationDate | null {
  const meta = doc.querySelector('meta[property="article:published_time"]')?.getAttribute('content');
  const fromMeta = dayOf(meta);
  if (fromMeta) return { value: fromMeta, source: 'article:published_time' };
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  // Indexed, not iterated: a Firefox content script sees the page's lists through Xray wrappers.
  for (let i = 0; i < scripts.length; i++) {
    const script = scripts[i] as Element;
    try {
      const found = jsonLdDate(JSON.parse(script.textContent ?? ''));
      if (found) return { value: found, source: 'json-ld' };
    } catch {
      // A page's broken JSON-LD is its own business; try the next source.
    }
  }
  const fromTime = dayOf(doc.querySelector('time[datetime]')?.getAttribute('datetime'));
  return fromTime ? { value: fromTime, source: 'time' } : null;
}
