/**
 * The one element we add to the page for the card: a `<div company-lens-card>` holding a closed
 * shadow root with the card's styles and a mount point for Preact. Page CSS cannot reach inside, and
 * the host's own inline `!important` styles beat any page rule on it (element-attached styles
 * outrank stylesheet and layered rules). It is shown in the top layer (`popover="manual"`), above
 * any z-index a page can set.
 *
 * What a hostile page can do to it, and the answer (docs/hostile-pages.md):
 * - Define a custom element under our name: the host is a `div`, a name no page can define.
 * - Open a modal `<dialog>`: everything outside it turns inert, so the card moves into the dialog.
 * - Show its own top-layer element over the card: the card is put back on top (`toggle` events).
 * - Remove the host: it comes back once, in `<body>`; removed again, the card closes.
 * - Outlive us: Firefox tears a content script down without a clean-up. The host is displayed only
 *   through a custom property that the manifest's `card-host.css` sets, which the browser removes
 *   with the extension, and a new content script removes an orphaned host (`removeOrphanedHosts`).
 */
import { HOST_ATTRIBUTE } from './orphaned-hosts.ts';

// `all: initial` first, so no page rule (`*{all:unset!important}`, `[popover]{display:none}`...) and
// no inherited property from the page applies; then only what the host itself needs.
const HOST_STYLE = [
  'all: initial',
  'position: fixed',
  'inset: auto',
  'left: 0',
  'top: 0',
  'margin: 0',
  'padding: 0',
  'border: 0',
  'background: transparent',
  'overflow: visible',
  'width: max-content',
  'height: max-content',
  'max-width: none',
  'max-height: none',
  'visibility: visible',
  'opacity: 1',
  'transform: none',
  'pointer-events: auto',
  'z-index: 2147483647',
]
  .map((declaration) => `${declaration} !important;`)
  .join('');

/** Set by `card-host.css` (a manifest stylesheet): without it, a shown host still displays nothing. */
const SHOWN_DISPLAY = 'var(--company-lens-card-display, none)';

/** Times the card goes back on top per opening: a page that answers each of our moves with one of its own wins after that. */
const MAX_RAISES = 3;

/** Pointer and mouse events in the card are ours: a page's "click outside the dialog closes it" must not see them. */
const OWN_EVENTS = [
  'keydown',
  'keyup',
  'keypress',
  'click',
  'pointerdown',
  'pointerup',
  'mousedown',
  'mouseup',
];

export interface CardHost {
  /** Where Preact renders the card. */
  mount: HTMLElement;
  /** True when an event target (retargeted at the shadow boundary) is our card. */
  isHost(target: EventTarget | null): boolean;
  /** True while focus is inside the card. */
  hasFocus(): boolean;
  /** `near`: the mention's node, so that a card for text in a modal dialog lives in that dialog. */
  show(near?: Node): void;
  hide(): void;
  /** Places the host at viewport coordinates (the positioning code never touches the host's style directly). */
  moveTo(x: number, y: number): void;
  element: HTMLElement;
}

/** The `:modal` element (a modal dialog) around `node`, across shadow boundaries. */
function modalAround(node: Node | undefined): Element | null {
  for (let current = node; current; ) {
    if (current.nodeType === 1 && (current as Element).matches('dialog:modal')) return current as Element;
    const parent: Node | null = current.parentNode;
    current = parent && parent.nodeType === 11 ? (parent as ShadowRoot).host : (parent ?? undefined);
  }
  return null;
}

export function createCardHost(
  doc: Document,
  css: string,
  onGone: () => void,
  signal: AbortSignal,
): CardHost {
  const host = doc.createElement('div');
  host.setAttribute(HOST_ATTRIBUTE, '');
  host.style.cssText = `${HOST_STYLE}display: none !important;`;
  const popover = typeof host.showPopover === 'function';
  if (popover) host.setAttribute('popover', 'manual');
  const root = host.attachShadow({ mode: 'closed' });
  adoptStyles(doc, root, css);
  const mount = doc.createElement('div');
  root.append(mount);

  // Keys pressed inside the card are ours: the page's shortcuts must not fire while the user reads it.
  // So are its clicks (see `OWN_EVENTS`).
  const ownEvents = (e: Event) => {
    e.stopPropagation();
    if (e.type === 'keydown' && (e as KeyboardEvent).key === 'Escape') onGone();
  };
  for (const type of OWN_EVENTS) root.addEventListener(type, ownEvents, { signal });

  let shown = false;
  let near: Node | undefined;
  /** Times put back on top since shown (`MAX_RAISES`). */
  let raises = 0;
  /** Set once the page removed the host from `<html>`: from then on it lives in `<body>`. */
  let evicted = false;

  // A modal dialog makes everything outside it inert (https://html.spec.whatwg.org/#blocked-by-a-modal-dialog),
  // and a fullscreen element hides everything outside it: the card must live inside them.
  const parentNow = (): Element =>
    modalAround(near) ??
    [...doc.querySelectorAll('dialog:modal')].at(-1) ??
    doc.fullscreenElement ??
    (evicted && doc.body ? doc.body : doc.documentElement);

  const attach = ({ raise = false } = {}) => {
    const parent = parentNow();
    const inner = root.activeElement as HTMLElement | null;
    // Moving a shown popover hides it; showing it again puts it on top of the top layer.
    if (raise && popover && host.matches(':popover-open')) host.hidePopover();
    if (host.parentNode !== parent) parent.append(host);
    if (popover && !host.matches(':popover-open')) host.showPopover();
    if (inner && root.activeElement !== inner) inner.focus({ preventScroll: true });
    removal.observe(parent, { childList: true });
  };

  // A page that removes what it does not know: back once into <body>, then give up (close the card)
  // rather than fight a page that removes it there too.
  const removal = new MutationObserver(() => {
    if (!shown || host.isConnected) return;
    if (evicted) return onGone();
    evicted = true;
    attach();
  });
  // The page showed something in the top layer (a popover, a modal dialog): the card goes back on top.
  const onToggle = (e: Event) => {
    if (!shown || e.target === host || (e as ToggleEvent).newState !== 'open') return;
    if (raises >= MAX_RAISES) return;
    raises++;
    attach({ raise: true });
  };
  doc.addEventListener('toggle', onToggle, { capture: true, signal });
  doc.addEventListener('fullscreenchange', () => shown && attach(), { signal });
  signal.addEventListener(
    'abort',
    () => {
      removal.disconnect();
      host.remove();
    },
    { once: true },
  );

  return {
    mount,
    element: host,
    isHost: (target) => target === host,
    hasFocus: () => doc.activeElement === host,
    show(node) {
      if (!shown) raises = 0;
      shown = true;
      near = node;
      host.style.setProperty('display', SHOWN_DISPLAY, 'important');
      attach();
    },
    hide() {
      shown = false;
      near = undefined;
      removal.disconnect();
      if (popover && host.matches(':popover-open')) host.hidePopover();
      host.style.setProperty('display', 'none', 'important');
    },
    moveTo(x, y) {
      host.style.setProperty('left', `${x}px`, 'important');
      host.style.setProperty('top', `${y}px`, 'important');
    },
  };
}

/**
 * A constructed stylesheet where the browser lets a content script adopt one (it is also exempt
 * from the page's CSP); a `<style>` element otherwise. Firefox content scripts cannot adopt a sheet
 * built in their own compartment (as of 2025), so the fallback is not theoretical.
 */
function adoptStyles(doc: Document, root: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
    if (root.adoptedStyleSheets.length === 1) return;
  } catch {
    // Fall through to a <style> element.
  }
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
}
