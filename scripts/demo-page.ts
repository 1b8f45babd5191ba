/**
 * The demo page: both source articles as a plain news page, built from `data/articles/` so the demo
 * always shows exactly the text our facts quote. Used by `npm start` and by browser tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** One article as HTML: first line the headline, blank-line-separated paragraphs after it. */
export function articleHtml(text: string): string {
  const [headline = '', ...rest] = text.replace(/\r\n/g, '\n').split('\n');
  const paragraphs = rest
    .join('\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return `<article><h2>${escapeHtml(headline)}</h2>\n${paragraphs
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n')}</article>`;
}

export function demoPageHtml(articlesDir = 'data/articles'): string {
  const articles = readdirSync(articlesDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => articleHtml(readFileSync(join(articlesDir, f), 'utf8')));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Company Lens demo: two source articles</title>
<style>
  body { font: 17px/1.6 Georgia, 'DejaVu Serif', serif; max-width: 44rem; margin: 2rem auto; padding: 0 1rem; color: #1d1d1f; background: #fff; }
  h1 { font: 600 1rem/1.4 system-ui, sans-serif; color: #555; border-bottom: 1px solid #ddd; padding-bottom: .5rem; }
  article + article { margin-top: 3rem; border-top: 1px solid #ddd; }
  @media (prefers-color-scheme: dark) { body { color: #e8e8ea; background: #17181b; } h1 { color: #aaa; border-color: #333; } }
</style>
</head>
<body>
<h1>Company Lens demo page: the two source articles of the dataset. Hover a marked company name.</h1>
${articles.join('\n')}
</body>
</html>
`;
}
