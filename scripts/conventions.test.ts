/**
 * Small meta-tests for the project's own rules, so they hold without anyone having to remember them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INJECTED_SCRIPTS } from '../src/shared/lens-script-files.ts';
import { LIVE_SETTINGS, RESTARTING_SETTINGS } from '../src/shared/settings-schema.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const src = sourceFiles('src').map((path) => ({ path, text: readFileSync(path, 'utf8') }));
const production = src.filter((f) => !/\.test\.tsx?$|-test-kit\.ts$/.test(f.path));

/** The text with comments removed and every string literal emptied, so that only code is searched. */
function codeOf(text: string): string {
  return text.replace(
    /\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g,
    (token) => (token.startsWith('/') ? '' : "''"),
  );
}

const code = production.map((f) => ({ path: f.path, code: codeOf(f.text) }));

/** Entry files (the manifest's scripts) wire things up: they may hand the page's globals in. */
const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as {
  background: { service_worker: string };
  content_scripts: { js: string[] }[];
};
/** The modules each extension page loads (`<script src>` of `src/<page>/index.html`). */
const pageEntries = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .filter((path) => path.endsWith('index.html'))
  .flatMap((page) =>
    [...readFileSync(join('src', page), 'utf8').matchAll(/<script[^>]*\ssrc="\.\/([^"]+)"/g)].map((m) =>
      join('src', dirname(page), m[1] as string),
    ),
  );

const entryFiles = new Set([
  ...[
    manifest.background.service_worker,
    ...manifest.content_scripts.flatMap((script) => script.js),
    ...Object.values(INJECTED_SCRIPTS).map((script) => script.source),
  ].map((path) => join(...path.split('/'))),
  ...pageEntries,
]);

/** Where each match of `pattern` stands, as `path:line: text`. */
function places(files: { path: string; code: string }[], pattern: RegExp): string[] {
  return files.flatMap(({ path, code: text }) =>
    [...text.matchAll(pattern)].map((m) => {
      const line = text.slice(0, m.index).split('\n').length;
      return `${path}:${line}: ${text.split('\n')[line - 1]?.trim()}`;
    }),
  );
}

/** The bracket that encloses `index` in `text`, or undefined at the top level. */
function enclosingBracket(text: string, index: number): string | undefined {
  const closing: Record<string, string> = { ')': '(', ']': '[', '}': '{', '>': '<' };
  let depth = 0;
  for (let i = index - 1; i >= 0; i--) {
    const char = text[i] as string;
    if (char === '>' && text[i - 1] === '=') continue;
    if (char in closing) depth++;
    else if ('([{<'.includes(char)) {
      if (depth === 0) return char;
      depth--;
    }
  }
  return undefined;
}

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

  it('sets no bare timer in the content script (a page can clear its ids): page-proof-timer.ts only', () => {
    const content = code.filter(
      (f) => f.path.startsWith(join('src', 'content')) && !f.path.endsWith('page-proof-timer.ts'),
    );
    expect(places(content, /\b(setTimeout|setInterval)\b/g)).toEqual([]);
  });

  it('reads no global document or window where sibling modules take them as arguments', () => {
    const takesThem = /\b(doc|win)\??\s*:\s*(Document|Window)\b/;
    const folders = new Set(code.filter((f) => takesThem.test(f.code)).map((f) => dirname(f.path)));
    const siblings = code.filter((f) => folders.has(dirname(f.path)) && !entryFiles.has(f.path));
    // A default value (`doc = document`) is where a caller may leave it out; `typeof globalThis` is a type.
    const global =
      /(?<![.\w]|typeof\s|=\s*)\b(document|window|globalThis)\b|(?<==\s*)\b(document|window|globalThis)\b(?!\s*[,)}])/g;
    const found = places(siblings, global);
    expect(found).toEqual([]);
  });

  it('takes an AbortSignal as the last parameter', () => {
    const offenders = code.flatMap(({ path, code: text }) =>
      [...text.matchAll(/\b\w+\??\s*:\s*AbortSignal\b\s*,(?!\s*\))/g)]
        .filter((m) => enclosingBracket(text, m.index) === '(')
        .map((m) => `${path}: ${m[0].trim()}`),
    );
    expect(offenders).toEqual([]);
  });

  it('says in the schema of every setting the content script reads whether it restarts the script or is followed live', () => {
    const content = code.filter((f) => f.path.startsWith(join('src', 'content')));
    const read = new Set(
      places(content, /\bsettings\.(\w+)/g).map((place) => place.match(/settings\.(\w+)/)?.[1]),
    );
    const unmarked = [...read].filter(
      (key) => !RESTARTING_SETTINGS.includes(key as never) && !LIVE_SETTINGS.includes(key as never),
    );
    expect(unmarked).toEqual([]);
  });
});
