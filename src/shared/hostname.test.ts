import { describe, expect, it } from 'vitest';
import { normalizeHostname } from './hostname.ts';

describe('normalizeHostname', () => {
  it('lowercases and drops a trailing dot', () => {
    expect(normalizeHostname(' News.Example.COM. ')).toBe('news.example.com');
    expect(normalizeHostname('xn--bcher-kva.example')).toBe('xn--bcher-kva.example');
    expect(normalizeHostname('127.0.0.1')).toBe('127.0.0.1');
    expect(normalizeHostname('[::1]')).toBe('[::1]');
  });

  it('rejects what is not a hostname', () => {
    for (const bad of ['', '.', 'https://example.com', 'exa mple.com', 'a..b', 'example.com/path']) {
      expect(normalizeHostname(bad)).toBeNull();
    }
  });
});
