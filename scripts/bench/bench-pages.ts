/**
 * The pages the bench runs on, served by the test fixture server. By default the pages that decide a
 * target (docs/benchmark.md, "Targets"): a plain 3 KB page naming no company, the same with 20
 * same-origin iframes, a 6 KB article naming a few companies and the 1 MB article. With `--all`
 * also the 10 MB article, the demo page and each HTML fixture of the browser tests.
 */
import { readdirSync } from 'node:fs';
import { sep } from 'node:path';
import { demoPageHtml } from '../demo-page.ts';
import { articlePage } from './article-page.ts';

export interface BenchPage {
  name: string;
  path: string;
  /** A generated page (as opposed to a real fixture page): no script of its own. */
  generated: boolean;
  /** Frames the page loads, itself included. */
  frames: number;
}

export interface PageSet {
  pages: BenchPage[];
  routes: Record<string, () => string>;
}

const MB = 1_000_000;
const IFRAMES = 20;
export const PLAIN_PAGE = '3 KB page, no names';
export const IFRAMES_PAGE = `${IFRAMES} iframes, no names`;
export const SMALL_ARTICLE = '6 KB article';
export const BIG_ARTICLE = '1 MB article';

export function benchPages(
  names: readonly string[],
  { all = false, fixturesDir = 'test/fixtures' } = {},
): PageSet {
  const cache = new Map<string, string>();
  const cached = (path: string, make: () => string) => () => {
    let html = cache.get(path);
    if (html === undefined) {
      html = make();
      cache.set(path, html);
    }
    return html;
  };
  const routes: Record<string, () => string> = {
    '/bench-1mb.html': cached('1', () => articlePage({ bytes: MB, names, seed: 1, title: '1 MB article' })),
    '/bench-10mb.html': cached('10', () =>
      articlePage({ bytes: 10 * MB, names, seed: 10, title: '10 MB article' }),
    ),
    '/bench-demo.html': cached('demo', () => demoPageHtml()),
    '/bench-scroll.html': cached('scroll', () =>
      articlePage({ bytes: 20_000, names, seed: 7, title: 'Infinite scroll' }),
    ),
    '/bench-plain.html': cached('plain', () =>
      articlePage({ bytes: 3_000, names: [], seed: 3, title: 'A page naming no company' }),
    ),
    '/bench-iframes.html': cached('iframes', () => iframesPage(IFRAMES)),
    '/bench-iframe-child.html': cached('child', () =>
      articlePage({ bytes: 1_000, names: [], seed: 4, title: 'A frame naming no company' }),
    ),
    '/bench-6kb.html': cached('6', () =>
      articlePage({ bytes: 6_000, names, seed: 6, nameEvery: 25, title: '6 KB article' }),
    ),
    '/bench-blank.html': () =>
      '<!doctype html><html lang="en"><head><title>blank</title></head><body></body></html>',
  };
  const fixtures = readdirSync(fixturesDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(sep).join('/'))
    .sort()
    .map((file) => ({ name: `fixture ${file}`, path: `/${file}`, generated: false, frames: 1 }));
  const generated = (name: string, path: string, frames = 1) => ({ name, path, generated: true, frames });
  return {
    pages: [
      generated(PLAIN_PAGE, '/bench-plain.html'),
      generated(IFRAMES_PAGE, '/bench-iframes.html', IFRAMES + 1),
      generated(SMALL_ARTICLE, '/bench-6kb.html'),
      generated(BIG_ARTICLE, '/bench-1mb.html'),
      ...(all
        ? [
            generated('10 MB article', '/bench-10mb.html'),
            { name: 'demo page', path: '/bench-demo.html', generated: false, frames: 1 },
            ...fixtures,
          ]
        : []),
    ],
    routes,
  };
}

function iframesPage(count: number): string {
  const frames = Array.from(
    { length: count },
    (_, i) =>
      `<iframe src="/bench-iframe-child.html?${i}" width="300" height="150" title="frame ${i}"></iframe>`,
  );
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${IFRAMES} iframes naming no company</title></head>
<body>
<p>A page of frames, like the ads and embeds around an ordinary article.</p>
${frames.join('\n')}
</body>
</html>
`;
}
