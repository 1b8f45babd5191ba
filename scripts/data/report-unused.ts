import { normaliseQuote } from '../../src/shared/normalise-quote.ts';

/** A sentence of an article that names a known company but supports no fact yet. */
export interface UnusedSentence {
  sentence: string;
  companyIds: string[];
}

// A sentence ends at ".", "!" or "?" (optionally followed by a closing quote) before a space and a
// capital, digit or opening quote. Headings and captions are lines of their own.
const SENTENCE_END = /(?<=[.!?]["”’]?)\s+(?=["“‘A-Z0-9])/;

export function splitSentences(body: string): string[] {
  return body
    .split(/\n/)
    .flatMap((line) => line.split(SENTENCE_END))
    .map((sentence) => sentence.replace(/\s+/g, ' ').trim())
    .filter((sentence) => sentence.length > 0);
}

/**
 * The sentences of `body` that name a company (per `findCompanyIds`) and that no quote covers: a
 * sentence counts as used when a quote lies within it or it lies within a quote. For maintainers,
 * to see what an article says that the dataset does not yet.
 */
export function unusedSentences(
  body: string,
  quotes: readonly string[],
  findCompanyIds: (text: string) => string[],
): UnusedSentence[] {
  const normalisedQuotes = quotes.map(normaliseQuote);
  const unused: UnusedSentence[] = [];
  for (const sentence of splitSentences(body)) {
    const companyIds = [...new Set(findCompanyIds(sentence))];
    if (companyIds.length === 0) continue;
    const normalised = normaliseQuote(sentence);
    const used = normalisedQuotes.some((quote) => normalised.includes(quote) || quote.includes(normalised));
    if (!used) unused.push({ sentence, companyIds });
  }
  return unused;
}
