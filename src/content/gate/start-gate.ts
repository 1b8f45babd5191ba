/**
 * The gate: the one content script of every frame. It does nothing beyond a native test of the page's
 * text until a company can be named there: the regular expression every text naming one matches
 * (`gate-pattern.ts`). Only then does it ask the background to load the lens (the scanner, then the
 * card) into this frame. A page with no name on it, which is most pages and most frames (ads, embeds),
 * pays for one read of its text and one regular expression; text it adds later is tested as it
 * arrives, in proportion to what changed. docs/benchmark.md, "The gate", has the figures.
 *
 * It does not touch the extension API until then: the first use of it in a frame is most of what an
 * empty content script costs. Only where knowledge packs or captured quotes are stored (`useStored`:
 * gate-stored.ts says when) does it read the stored gate (`lens-gate.ts`) and follow its changes; it
 * then also loads the lens on a page the user captured quotes on (their quotes are marked), and,
 * where the enabled names are too many for one expression, asks the background about the text.
 */
import { LENS_GATE_KEY, type LensGate, MAX_PAGE_TEXT, parseLensGate } from '../../shared/lens-gate.ts';
import type { BackgroundRequest } from '../../shared/messages.ts';
import type { NativeExt } from '../../shared/native-ext.ts';
import { cleanPageUrl } from '../capture/clean-page-url.ts';
import { runLater } from '../page-proof-timer.ts';
import { startLateShadowRoots } from '../scan/late-shadow-roots.ts';
import { sendUntilHeard } from '../send-until-heard.ts';
import { findShadowRoots, type ShadowScan } from './shadow-roots.ts';
import { someTextPasses } from './text-in-pieces.ts';
import { startTextWatch } from './text-watch.ts';

export interface GateOptions {
  win: Window & typeof globalThis;
  /** The bundled names' gate expression, used until (and unless) the stored gate says otherwise. */
  bundledPrefilter: string;
  /** Called once, when a name can be on the page. */
  load(): void;
  signal: AbortSignal;
}

type Test = (text: string) => boolean;

function compile(source: string): Test {
  const pattern = new RegExp(source);
  return (text) => pattern.test(text);
}

/**
 * How long text the page adds is gathered before one question to the background. A question nothing
 * answers is asked again a few times (`sendUntilHeard`); after the last try (the extension gone) its
 * text is dropped.
 */
const ASK_DELAY_MS = 300;

export interface Gate {
  /** Reads the stored gate now and follows its changes (once; later calls do nothing). */
  useStored(api: Pick<NativeExt, 'storage' | 'runtime'>): void;
  stop(): void;
}

export function startGate({ win, bundledPrefilter, load, signal }: GateOptions): Gate {
  const life = new AbortController();
  const stop = () => life.abort();
  signal.addEventListener('abort', stop, { once: true });
  const doc = win.document;
  let source: string | null = bundledPrefilter;
  const bundledTest = compile(bundledPrefilter);
  let test = bundledTest;
  /**
   * Where the enabled names are too many for one expression (a per-page pack runtime): the text the
   * bundled expression does not settle goes to the background, which knows every name
   * (`find-companies`, as the lens asks it); the lens loads only if it names one.
   */
  let askBackground: ((text: string) => Promise<boolean>) | undefined;
  let unasked: string[] = [];
  let asking = false;
  let askedOnce = false;
  const ask = () => {
    if (asking || unasked.length === 0 || !askBackground || life.signal.aborted) return;
    asking = true;
    askedOnce = true;
    const text = unasked.join('\n').slice(0, MAX_PAGE_TEXT);
    unasked = [];
    const question = askBackground;
    void sendUntilHeard(
      win,
      () =>
        question(text).then((names) => {
          asking = false;
          if (names) open();
          else runLater(win, ask, ASK_DELAY_MS, life.signal);
        }),
      life.signal,
    ).then((heard) => {
      if (!heard) asking = false;
    });
  };

  const open = () => {
    if (life.signal.aborted) return;
    stop();
    load();
  };
  const check = (text: string) => {
    if (life.signal.aborted) return;
    if (test(text)) return open();
    if (source !== null) return;
    // The page's text goes at once; what changes later, gathered.
    if (unasked.length === 0) runLater(win, ask, askedOnce ? ASK_DELAY_MS : 0, life.signal);
    unasked.push(text);
  };

  const watch = startTextWatch(win, check, life.signal);
  /** Shadow roots found after the first look: their text is new to us, and changes in them are not seen from outside. */
  const adopt = ({ roots, bare }: ShadowScan) => {
    for (const root of roots) {
      check(root.textContent ?? '');
      watch.observe(root);
    }
    for (const host of bare) late.watch(host);
  };
  const late = startLateShadowRoots(
    win,
    (root) => adopt(findShadowRoots(root, { roots: [root], bare: [] })),
    life.signal,
  );

  /** The whole page with the current test: at start, and when the test changes. */
  const checkPage = (): ShadowScan => {
    // The body's text: the head's is not prose (a frameset page has no body).
    const root = doc.body ?? doc.documentElement;
    // Where the background is asked about the text the expression does not settle, it needs it all.
    if (source === null || !root) check(root?.textContent ?? '');
    else if (someTextPasses(root, test)) open();
    // Only where the text has no name: looking at every element is the dearer part on a big page.
    if (!root || life.signal.aborted) return { roots: [], bare: [] };
    const found = findShadowRoots(root);
    for (const shadowRoot of found.roots) check(shadowRoot.textContent ?? '');
    return found;
  };

  const { roots, bare } = checkPage();
  let storedRead = false;
  if (life.signal.aborted) return { useStored: () => {}, stop };
  watch.observe(doc);
  for (const root of roots) watch.observe(root);
  for (const host of bare) late.watch(host);
  // Elements added later bring their shadow roots with them (their text is in the batch's test).
  watch.onElement((element) => {
    const found: ShadowScan = { roots: [], bare: [] };
    if (element.shadowRoot) found.roots.push(element.shadowRoot);
    else if (element.localName.includes('-')) found.bare.push(element);
    if (element.shadowRoot) findShadowRoots(element.shadowRoot, found);
    adopt(findShadowRoots(element, found));
  });

  const apply = (gate: LensGate | undefined) => {
    if (life.signal.aborted) return;
    const isTop = win === win.top;
    if (isTop && gate?.capturedPages.includes(cleanPageUrl(win.location.href))) return open();
    const next = gate?.prefilter === undefined ? bundledPrefilter : gate.prefilter;
    if (next === source) return;
    source = next;
    test = source === null ? bundledTest : compile(source);
    unasked = [];
    checkPage();
  };
  const useStored = (api: Pick<NativeExt, 'storage' | 'runtime'>) => {
    if (storedRead || life.signal.aborted) return;
    storedRead = true;
    askBackground = (text) => {
      const request: BackgroundRequest = { type: 'find-companies', text, known: [] };
      return api.runtime
        .sendMessage(request)
        .then((answer) => Boolean((answer as { matcher?: unknown } | undefined)?.matcher));
    };
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && LENS_GATE_KEY in changes)
        apply(parseLensGate(changes[LENS_GATE_KEY]?.newValue));
    };
    api.storage.onChanged.addListener(onChanged);
    life.signal.addEventListener('abort', () => api.storage.onChanged.removeListener(onChanged), {
      once: true,
    });
    api.storage.local.get(LENS_GATE_KEY).then(
      (stored) => apply(parseLensGate(stored[LENS_GATE_KEY])),
      () => {},
    );
  };
  return { useStored, stop };
}
