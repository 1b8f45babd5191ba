/**
 * The pages every scanner runs on: generated 1 MB and 10 MB articles, the demo page (the two source
 * articles) and each HTML fixture of the browser tests, all served by the test fixture server.
 */
import { readdirSync } from 'node:fs';
import { sep } from 'node:path';
import { demoPageHtml } from '../demo-page.ts';
import { articlePage } from './article-page.ts';

export interface BenchPage {
  name: string;
  path: string;
  /** A generated article (as opposed to a real fixture page). */
  generated: boolean;
}

export interface PageSet {
  pages: BenchPage[];
  routes: Record<string, () => string>;
}

const MB = 1_000_000;

export function benchPages(names: readonly string[], fixturesDir = 'test/fixtures'): PageSet {
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
    '/bench-blank.html': () =>
      '<!doctype html><html lang="en"><head><title>blank</title></head><body></body></html>',
  };
  const fixtures = readdirSync(fixturesDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(sep).join('/'))
    .sort()
    .map((file) => ({ name: `fixture ${file}`, path: `/${file}`, generated: false }));
  return {
    pages: [
      { name: '1 MB article', path: '/bench-1mb.html', generated: true },
      { name: '10 MB article', path: '/bench-10mb.html', generated: true },
      { name: 'demo page', path: '/bench-demo.html', generated: false },
      ...fixtures,
    ],
    routes,
  };
}
