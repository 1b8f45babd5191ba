import type { TimedCount } from './page-api.ts';

export function floorWalk(): TimedCount {
  const start = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let count = 0;
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    count++;
    chars += (node as Text).data.length;
  }
  return { ms: performance.now() - start, count, chars };
}
