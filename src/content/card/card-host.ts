/**
 * The one element we add to the page for the card: `<company-lens-card>` (a plain unknown element,
 * skipped by the scanner by its prefix) holding a closed shadow root with the card's styles and a
 * mount point for Preact. Page CSS cannot reach inside, and the host's own inline `!important`
 * styles beat any page rule on it (element-attached styles outrank stylesheet and layered rules).
 * It is shown in the top layer (`popover="manual"`), above any z-index a page can set.
 */
const HOST_TAG = 'company-lens-card';

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

export interface CardHost {
  /** Where Preact renders the card. */
  mount: HTMLElement;
  /** True when an event target (retargeted at the shadow boundary) is our card. */
  isHost(target: EventTarget | null): boolean;
  /** True while focus is inside the card. */
  hasFocus(): boolean;
  show(): void;
  hide(): void;
  /** Places the host at viewport coordinates (the positioning code never touches the host's style directly). */
  moveTo(x: number, y: number): void;
  element: HTMLElement;
}

export function createCardHost(
  doc: Document,
  css: string,
  onEscape: () => void,
  signal: AbortSignal,
): CardHost {
  const host = doc.createElement(HOST_TAG);
  host.style.cssText = `${HOST_STYLE}display: none !important;`;
  const popover = typeof host.showPopover === 'function';
  if (popover) host.setAttribute('popover', 'manual');
  const root = host.attachShadow({ mode: 'closed' });
  adoptStyles(doc, root, css);
  const mount = doc.createElement('div');
  root.append(mount);

  // Keys pressed inside the card are ours: the page's shortcuts must not fire while the user reads it.
  const ownKeys = (e: Event) => {
    e.stopPropagation();
    if (e.type === 'keydown' && (e as KeyboardEvent).key === 'Escape') onEscape();
  };
  for (const type of ['keydown', 'keyup', 'keypress']) root.addEventListener(type, ownKeys, { signal });

  const isOpen = () => host.style.getPropertyValue('display') === 'block';
  const attach = () => {
    // Inside the fullscreen element when there is one: outside it the card would be invisible.
    const parent = doc.fullscreenElement ?? doc.documentElement;
    if (host.parentNode !== parent) parent.append(host);
    if (popover && !host.matches(':popover-open')) host.showPopover();
  };
  doc.addEventListener('fullscreenchange', () => isOpen() && attach(), { signal });
  signal.addEventListener('abort', () => host.remove(), { once: true });

  return {
    mount,
    element: host,
    isHost: (target) => target === host,
    hasFocus: () => doc.activeElement === host,
    show() {
      host.style.setProperty('display', 'block', 'important');
      attach();
    },
    hide() {
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
