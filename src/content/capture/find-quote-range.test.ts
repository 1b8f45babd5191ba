// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findQuoteRange } from './find-quote-range.ts';

const page = (body: string) => new DOMParser().parseFromString(`<body>${body}</body>`, 'text/html');

describe('findQuoteRange', () => {
  it('finds a quote across elements and differently wrapped whitespace', () => {
    const doc = page(
      '<p>Before. The Commerce\n   Department said <b>that Xiaomi</b> would face checks. After.</p>',
    );
    const range = findQuoteRange(doc, 'The Commerce Department said that Xiaomi would face checks.');
    expect(range?.toString()).toBe('The Commerce\n   Department said that Xiaomi would face checks.');
  });
  it('ignores script text, and gives null when the quote is gone', () => {
    const doc = page('<script>var s = "Xiaomi would face checks";</script><p>Xiaomi said nothing.</p>');
    expect(findQuoteRange(doc, 'Xiaomi would face checks')).toBeNull();
  });
});
