import { describe, expect, it } from 'vitest';
import { siteHostname } from './site-hostname.ts';

type Fake = {
  top: unknown;
  location: { hostname: string; ancestorOrigins?: string[] };
  document: { referrer: string };
};

function frame(
  own: string,
  options: { top?: unknown; ancestors?: string[]; referrer?: string } = {},
): Window {
  const win: Fake = {
    top: undefined,
    location: { hostname: own, ancestorOrigins: options.ancestors },
    document: { referrer: options.referrer ?? '' },
  };
  win.top = options.top ?? win;
  return win as unknown as Window;
}

const crossOriginTop = {
  get location(): never {
    throw new DOMException('Blocked a frame from accessing a cross-origin frame.', 'SecurityError');
  },
};

describe('siteHostname', () => {
  it('is the page hostname in the top frame', () => {
    expect(siteHostname(frame('news.example'))).toBe('news.example');
  });

  it('is the top page hostname in a same-origin frame', () => {
    const top = { location: { hostname: 'news.example' } };
    expect(siteHostname(frame('news.example', { top }))).toBe('news.example');
  });

  it('uses the top ancestor origin in a cross-origin frame (Chromium)', () => {
    const win = frame('embed.video', {
      top: crossOriginTop,
      ancestors: ['https://middle.test', 'https://news.example'],
    });
    expect(siteHostname(win)).toBe('news.example');
  });

  it('falls back to the referrer, then to its own hostname', () => {
    expect(
      siteHostname(frame('embed.video', { top: crossOriginTop, referrer: 'https://news.example/' })),
    ).toBe('news.example');
    expect(siteHostname(frame('embed.video', { top: crossOriginTop }))).toBe('embed.video');
  });
});
