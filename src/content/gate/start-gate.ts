/**
 * The gate: the one content script of every frame. It does nothing beyond a native test of the page's
 * text until a company can be named there: the regular expression every text naming one matches
 * (`prefilter.ts`). Only then does it ask the background to load the lens (the scanner, then the card)
 * into this frame. A page with no name on it, which is most pages and most frames (ads, embeds), pays
 * for one read of its text, one regular expression and one storage read; text it adds later is tested
 * as it arrives, in proportion to what changed. docs/benchmark.md, "The gate", has the figures.
 *
 * The lens is loaded also where the gate cannot tell: on a page the user captured quotes on (their
 * quotes are marked), and whenever the enabled names are too many for one expression.
 */
import { LENS_GATE_KEY, type LensGate, parseLensGate } from '../../shared/lens-gate.ts';
import type { NativeExt } from '../../shared/native-ext.ts';
import { cleanPageUrl } from '../capture/clean-page-url.ts';
import { startLateShadowRoots } from '../scan/late-shadow-roots.ts';
import { findShadowRoots, type ShadowScan } from './shadow-roots.ts';
import { startTextWatch } from './text-watch.ts';

export interface GateOptions {
  win: Window & typeof globalThis;
  api: Pick<NativeExt, 'storage'>;
  /** The bundled names' prefilter source, used until (and unless) the stored gate says otherwise. */
  bundledPrefilter: string;
  /** Called once, when a name can be on the page. */
  load(): void;
  signal: AbortSignal;
}

type Test = (text: string) => boolean;

function compile(source: string | null): Test {
  if (source === null) return () => true;
  const pattern = new RegExp(source);
  return (text) => pattern.test(text);
}

export function startGate({ win, api, bundledPrefilter, load, signal }: GateOptions): () => void {
  const life = new AbortController();
  const stop = () => life.abort();
  signal.addEventListener('abort', stop, { once: true });
  const doc = win.document;
  let source: string | null = bundledPrefilter;
  let test = compile(source);

  const open = () => {
    if (life.signal.aborted) return;
    stop();
    load();
  };
  const check = (text: string) => {
    if (!life.signal.aborted && test(text)) open();
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
    const found = root ? findShadowRoots(root) : { roots: [], bare: [] };
    check(root?.textContent ?? '');
    for (const shadowRoot of found.roots) check(shadowRoot.textContent ?? '');
    return found;
  };

  const { roots, bare } = checkPage();
  if (life.signal.aborted) return stop;
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
    test = compile(source);
    checkPage();
  };
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && LENS_GATE_KEY in changes) apply(parseLensGate(changes[LENS_GATE_KEY]?.newValue));
  };
  api.storage.onChanged.addListener(onChanged);
  life.signal.addEventListener('abort', () => api.storage.onChanged.removeListener(onChanged), {
    once: true,
  });
  api.storage.local.get(LENS_GATE_KEY).then(
    (stored) => {
      const gate = parseLensGate(stored[LENS_GATE_KEY]);
      // Absent: the bundled test already ran over the page.
      if (gate) apply(gate);
    },
    () => {},
  );
  return stop;
}
