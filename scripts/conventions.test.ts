/**
 * Small meta-tests for the project's own rules, so they hold without anyone having to remember them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const src = sourceFiles('src').map((path) => ({ path, text: readFileSync(path, 'utf8') }));
const production = src.filter((f) => !f.path.endsWith('.test.ts') && !f.path.endsWith('.test.tsx'));

describe('conventions', () => {
  it('imports the WebExtension API in one module only', () => {
    const importers = production
      .filter((f) => /from ['"]webextension-polyfill['"]/.test(f.text))
      .map((f) => f.path);
    expect(importers).toEqual([join('src', 'shared', 'browser.ts')]);
  });

  it('never renders HTML strings (text is rendered as text)', () => {
    const offenders = production
      .filter((f) =>
        /\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write\(/.test(
          f.text,
        ),
      )
      .map((f) => f.path);
    expect(offenders).toEqual([]);
  });

  it('makes no network request at run time', () => {
    const offenders = production
      .filter((f) => /\bfetch\(|XMLHttpRequest|new WebSocket|sendBeacon|new EventSource/.test(f.text))
      .map((f) => f.path);
    expect(offenders).toEqual([]);
  });

  it('names every file in kebab-case, components in PascalCase', () => {
    const bad = src
      .map((f) => f.path.split('/').pop() as string)
      .filter((name) => !/^([a-z0-9]+(-[a-z0-9]+)*|[A-Z][A-Za-z0-9]+)(\.test)?\.tsx?$/.test(name));
    expect(bad).toEqual([]);
  });

  it('keeps modules small enough to read (under 300 lines)', () => {
    const long = production.filter((f) => f.text.split('\n').length > 300).map((f) => f.path);
    expect(long).toEqual([]);
  });
});
