import { describe, expect, it } from 'vitest';
import { packSummaryText, progressText } from './pack-summary-text.ts';

describe('packSummaryText', () => {
  it('counts companies and facts and shows the date range at each date’s precision', () => {
    expect(
      packSummaryText(
        { companyCount: 100000, factCount: 1, dateRange: { from: '2018', to: '2021-03-15' } },
        'en-US',
      ),
    ).toBe('100,000 companies · 1 fact · 2018 to Mar 15, 2021');
  });

  it('shows one date once, and none for a pack without facts', () => {
    expect(
      packSummaryText(
        { companyCount: 1, factCount: 2, dateRange: { from: '2021-03', to: '2021-03' } },
        'en-US',
      ),
    ).toBe('1 company · 2 facts · Mar 2021');
    expect(packSummaryText({ companyCount: 0, factCount: 0, dateRange: null }, 'en-US')).toBe(
      '0 companies · 0 facts',
    );
  });
});

describe('progressText', () => {
  it('reads as records checked of the total', () => {
    expect(progressText(42000, 100000, 'en-US')).toBe('Checking 42,000 of 100,000 records');
  });
});
