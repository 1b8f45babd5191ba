/** A capture as the capture page hands it to `addCapture`, for tests; `over` replaces its parts. */
import type { CaptureInput } from './draft-to-pack.ts';

export const captureInput = (over: Partial<CaptureInput> = {}): CaptureInput => ({
  page: {
    quote: 'The Commerce Department added Xiaomi to the Entity List.',
    before: 'Washington, Friday.',
    after: 'Xiaomi said it would appeal.',
    url: 'https://news.example/story',
    title: 'Xiaomi blacklisted',
    siteName: 'News Example',
  },
  company: {
    id: 'xiaomi',
    name: 'Xiaomi',
    country: 'CN',
    kind: 'company',
    aliases: [{ text: 'Xiaomi', caseSensitive: false }],
  },
  fact: { category: 'event' },
  summary: 'Added to the Entity List.',
  date: { value: '2024-05-16', precision: 'day', inferred: false },
  dateBasis: 'The page’s publication date.',
  capturedOn: '2026-12-06',
  stamp: 'a1',
  ...over,
});

/** A note captured from its own page (`https://news.example/<stamp>`), about one company named `alias`. */
export const noteCapture = ({
  stamp,
  company,
  quote,
  date = '2024-01-01',
}: {
  stamp: string;
  company: { id: string; name: string; alias: string };
  quote: string;
  date?: string;
}): CaptureInput =>
  captureInput({
    page: {
      quote,
      before: '',
      after: '',
      url: `https://news.example/${stamp}`,
      title: `Story ${stamp}`,
      siteName: null,
    },
    company: {
      id: company.id,
      name: company.name,
      country: 'CN',
      kind: 'company',
      aliases: [{ text: company.alias, caseSensitive: false }],
    },
    summary: `Summary ${stamp}.`,
    date: { value: date, precision: 'day', inferred: false },
    dateBasis: 'Page date.',
    stamp,
  });
