/**
 * Runs a function against the card's closed shadow root from outside, the way a test must: a page
 * cannot reach it (that is the point of closing it), but the browser's own protocols can.
 * - Chromium: CDP's `DOM.getDocument` with `pierce` lists closed shadow roots; `DOM.resolveNode` gives
 *   the root as an object in the page's main world, and `Runtime.callFunctionOn` calls on it.
 * - Firefox: WebDriver BiDi serialises a node's closed shadow root with `includeShadowTree: "all"`
 *   (https://w3c.github.io/webdriver-bidi/#type-script-SerializationOptions), and a shared reference
 *   to it can be passed to `script.callFunction`.
 * The function is sent as source text and runs in the page's main world, so it must be self-contained
 * (an arrow function: tsx's keepNames breaks named ones there). Arguments and the result are JSON.
 */
import type { Browser, Page } from 'puppeteer-core';

/** The attribute that marks our card's host element (`card-host.ts`). */
const HOST_ATTRIBUTE = 'company-lens-card';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The card host's box while it is shown in the top layer, else null: what the page itself can see. */
export const cardBox = (page: Page): Promise<Box | null> =>
  page.evaluate(() => {
    const host = document.querySelector('[company-lens-card]');
    if (!host?.matches(':popover-open')) return null;
    const r = host.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  });

type InRoot<A extends unknown[], R> = (root: ShadowRoot, ...args: A) => R;

export async function inCardRoot<A extends unknown[], R>(
  page: Page,
  fn: InRoot<A, R>,
  ...args: A
): Promise<Awaited<R> | null> {
  const source = `async function (root, argsJson) { const r = await (${fn.toString()})(root, ...JSON.parse(argsJson)); return JSON.stringify(r === undefined ? null : r); }`;
  const json =
    (page.browser() as Browser & { protocol?: string }).protocol !== 'webDriverBiDi'
      ? await viaCdp(page, source, args)
      : await viaBidi(page, source, args);
  return json === null ? null : (JSON.parse(json) as Awaited<R>);
}

interface CdpNode {
  localName?: string;
  /** Name, value, name, value… */
  attributes?: string[];
  backendNodeId: number;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

async function viaCdp(page: Page, source: string, args: unknown[]): Promise<string | null> {
  const cdp = await page.createCDPSession();
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const find = (node: CdpNode): CdpNode | undefined => {
      if (node.attributes?.some((name, i) => i % 2 === 0 && name === HOST_ATTRIBUTE)) return node;
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
        const found = find(child);
        if (found) return found;
      }
      return undefined;
    };
    const shadow = find(root)?.shadowRoots?.[0];
    if (!shadow) return null;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId as string,
      functionDeclaration: `function (argsJson) { return (${source})(this, argsJson); }`,
      arguments: [{ value: JSON.stringify(args) }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails)
      throw new Error(`inCardRoot: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as string;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

async function viaBidi(page: Page, source: string, args: unknown[]): Promise<string | null> {
  // puppeteer-core exposes no public way to send raw BiDi commands; these two fields are its own.
  const connection = (page.browser() as Browser & { connection: BidiConnection }).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const found = await connection.send('script.evaluate', {
    expression: `document.querySelector(${JSON.stringify(`[${HOST_ATTRIBUTE}]`)})`,
    target: { context },
    awaitPromise: false,
    resultOwnership: 'none',
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
  });
  const node = (found.result as { result?: { value?: { shadowRoot?: { sharedId?: string } | null } } })
    .result;
  const sharedId = node?.value?.shadowRoot?.sharedId;
  if (!sharedId) return null;
  const called = await connection.send('script.callFunction', {
    functionDeclaration: source,
    target: { context },
    arguments: [{ sharedId }, { type: 'string', value: JSON.stringify(args) }],
    awaitPromise: true,
    resultOwnership: 'none',
  });
  const outcome = called.result as {
    type: string;
    result?: { value?: string };
    exceptionDetails?: { text: string };
  };
  if (outcome.type === 'exception') throw new Error(`inCardRoot: ${outcome.exceptionDetails?.text}`);
  return outcome.result?.value ?? null;
}
