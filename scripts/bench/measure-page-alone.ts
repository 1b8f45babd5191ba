/**
 * The same page in Chromium without any extension: its heap after a GC (the baseline for the heap we
 * add) and the size of its text (text nodes and characters under `body`, top frame), for the tables.
 * Nothing here is timed: every timed side is an extension (measure-ours.ts, reference-extension.ts).
 */
import type { Browser } from 'puppeteer-core';
import { heapAfterGc } from './chromium-tools.ts';

export interface PageAlone {
  baselineHeapBytes: number;
  baselineEmbedderHeapBytes: number;
  textNodes: number;
  textChars: number;
}

const TEXT_SIZE = `(() => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let nodes = 0;
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    nodes++;
    chars += node.data.length;
  }
  return { nodes, chars };
})()`;

export async function measurePageAlone(browser: Browser, url: string): Promise<PageAlone> {
  const page = await browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    // Let the page settle as the extension runs do before their heap is read.
    await new Promise((done) => setTimeout(done, 500));
    const heap = await heapAfterGc(page);
    const text = (await page.evaluate(TEXT_SIZE)) as { nodes: number; chars: number };
    return {
      baselineHeapBytes: heap.js,
      baselineEmbedderHeapBytes: heap.embedder,
      textNodes: text.nodes,
      textChars: text.chars,
    };
  } finally {
    await page.close();
  }
}
