/**
 * Runs axe-core in a page and returns its violations (rule id and the offending nodes). The source is
 * evaluated rather than added as a script tag: extension pages forbid inline scripts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export async function axeViolations(page: Page): Promise<{ id: string; nodes: string[] }[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: Document) => Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: { id: string; nodes: { target: unknown[] }[] }[];
    }
    const results = await axe.run(document);
    return results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => String(n.target)) }));
  });
}
