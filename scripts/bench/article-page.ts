/**
 * Article-like HTML of a given size: paragraphs of short text runs broken by links and inline
 * emphasis (about 40 text nodes per KB, like a news page), with company names planted in the text.
 * Seeded, so every run and every browser gets the same bytes.
 */
import { englishWords } from './dictionary.ts';
import { type Random, seededRandom } from './random.ts';

export interface ArticleOptions {
  /** Size of the HTML to produce, in bytes (UTF-8). */
  bytes: number;
  /** Names to plant, one picked at random each time. */
  names: readonly string[];
  seed: number;
  /** One name in this many text runs. */
  nameEvery?: number;
}

const INLINE = ['a', 'em', 'strong', 'span', 'b', 'i'] as const;

function words(random: Random, vocabulary: readonly string[], count: number): string[] {
  return Array.from({ length: count }, () => random.pick(vocabulary));
}

function paragraph(random: Random, vocabulary: readonly string[], plant: () => string | undefined): string {
  const runs: string[] = [];
  const count = 6 + random.int(9);
  for (let r = 0; r < count; r++) {
    const run = words(random, vocabulary, r % 2 === 0 ? 2 + random.int(4) : 1 + random.int(3));
    const name = plant();
    if (name) run[random.int(run.length)] = name;
    const text = run.join(' ');
    if (r % 2 === 0) {
      runs.push(r === 0 ? `${text.charAt(0).toUpperCase()}${text.slice(1)} ` : ` ${text} `);
    } else {
      const tag = random.pick(INLINE);
      const attributes = tag === 'a' ? ` href="#r${random.int(1000)}"` : '';
      runs.push(`<${tag}${attributes}>${text}</${tag}>`);
    }
  }
  return `<p>${runs.join('').trimEnd()}.</p>`;
}

/** Paragraphs (and an occasional heading) totalling about `bytes`. */
export function articleFragment({ bytes, names, seed, nameEvery = 50 }: ArticleOptions): string {
  const random = seededRandom(seed);
  const vocabulary = englishWords(10);
  const plant = () => (names.length > 0 && random.int(nameEvery) === 0 ? random.pick(names) : undefined);
  const blocks: string[] = [];
  let size = 0;
  while (size < bytes) {
    const block =
      blocks.length % 9 === 0
        ? `<h2>${words(random, vocabulary, 3 + random.int(4)).join(' ')}</h2>`
        : paragraph(random, vocabulary, plant);
    blocks.push(block);
    size += Buffer.byteLength(block) + 1;
  }
  return blocks.join('\n');
}

export function articlePage(options: ArticleOptions & { title: string }): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${options.title}</title>
<style>body { font: 16px/1.5 Georgia, serif; max-width: 44rem; margin: 1rem auto; }</style>
</head>
<body>
<main><article>
${articleFragment(options)}
</article></main>
</body>
</html>
`;
}
