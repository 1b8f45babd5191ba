/**
 * The text of a generated article as the scanner sees it, one string per block (heading or
 * paragraph, tags removed, entities never used by the generator): the matcher's throughput input.
 */
export function textBlocks(html: string): string[] {
  const body = html.slice(html.indexOf('<article>') + '<article>'.length, html.indexOf('</article>'));
  return body
    .split(/<\/(?:p|h2)>/)
    .map((block) => block.replace(/<[^>]*>/g, '').trim())
    .filter((block) => block.length > 0);
}
