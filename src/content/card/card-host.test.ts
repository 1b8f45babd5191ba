// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCardHost } from './card-host.ts';
import { removeOrphanedHosts } from './orphaned-hosts.ts';

let life: AbortController;
beforeEach(() => {
  life = new AbortController();
});
afterEach(() => life.abort());

describe('createCardHost', () => {
  it('adds nothing to the page until shown, then one element marked as ours', () => {
    const host = createCardHost(document, '.card{}', () => {}, life.signal);
    expect(document.querySelector('[company-lens-card]')).toBeNull();
    host.show();
    expect(document.documentElement.lastElementChild).toBe(host.element);
    expect(host.element.hasAttribute('company-lens-card')).toBe(true);
  });

  it('is a div, so a page that defined a custom element under our name cannot take it over', () => {
    customElements.define(
      'company-lens-card',
      class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'closed' });
        }
      },
    );
    const host = createCardHost(document, '', () => {}, life.signal);
    host.show();
    expect(host.element.localName).toBe('div');
    expect(host.mount.isConnected).toBe(true);
  });

  it('removes the hosts an earlier instance of the extension left behind', () => {
    const orphan = createCardHost(document, '', () => {}, new AbortController().signal);
    orphan.show();
    removeOrphanedHosts(document);
    expect(orphan.element.isConnected).toBe(false);
    expect(document.querySelector('[company-lens-card]')).toBeNull();
  });

  it('comes back once, into the body, when the page removes it; removed again, the card closes', async () => {
    const onGone = vi.fn();
    const host = createCardHost(document, '', onGone, life.signal);
    host.show();
    host.element.remove();
    await Promise.resolve();
    expect(host.element.parentNode).toBe(document.body);
    expect(onGone).not.toHaveBeenCalled();
    host.element.remove();
    await Promise.resolve();
    expect(onGone).toHaveBeenCalledOnce();
  });

  it('keeps its shadow root closed and its styles inside it', () => {
    const host = createCardHost(document, '.card{color:red}', () => {}, life.signal);
    host.show();
    expect(host.element.shadowRoot).toBeNull();
    expect(host.mount.getRootNode()).not.toBe(document);
    expect(document.querySelectorAll('style')).toHaveLength(0);
  });

  it('pins every host style with !important, starting from all: initial', () => {
    const host = createCardHost(document, '', () => {}, life.signal);
    host.show();
    host.moveTo(12, 34);
    const style = host.element.style;
    for (const property of ['all', 'position', 'z-index', 'left', 'top', 'visibility']) {
      expect(style.getPropertyPriority(property), property).toBe('important');
    }
    expect([style.getPropertyValue('left'), style.getPropertyValue('top')]).toEqual(['12px', '34px']);
    // Shown only through the manifest stylesheet's custom property (jsdom drops the priority of a var()).
    expect(style.cssText).toContain('display: var(--company-lens-card-display, none)');
    host.hide();
    expect(style.getPropertyValue('display')).toBe('none');
    expect(style.getPropertyPriority('display')).toBe('important');
  });

  it('keeps key presses and clicks inside the card from the page, and closes on Escape', () => {
    const onEscape = vi.fn();
    const host = createCardHost(document, '', onEscape, life.signal);
    host.show();
    const pageHeard = vi.fn();
    window.addEventListener('keydown', pageHeard);
    const button = document.createElement('button');
    host.mount.append(button);
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'x', bubbles: true, composed: true }));
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    window.addEventListener('click', pageHeard);
    button.click();
    window.removeEventListener('keydown', pageHeard);
    window.removeEventListener('click', pageHeard);
    expect(pageHeard).not.toHaveBeenCalled();
    expect(onEscape).toHaveBeenCalledOnce();
  });

  it('tells its own events from the page’s', () => {
    const host = createCardHost(document, '', () => {}, life.signal);
    expect(host.isHost(host.element)).toBe(true);
    expect(host.isHost(document.body)).toBe(false);
    expect(host.isHost(null)).toBe(false);
  });

  it('moves into a fullscreen element and back', () => {
    const host = createCardHost(document, '', () => {}, life.signal);
    host.show();
    const player = document.createElement('div');
    document.body.append(player);
    Object.defineProperty(document, 'fullscreenElement', { configurable: true, get: () => player });
    document.dispatchEvent(new Event('fullscreenchange'));
    expect(host.element.parentNode).toBe(player);
    Object.defineProperty(document, 'fullscreenElement', { configurable: true, get: () => null });
    document.dispatchEvent(new Event('fullscreenchange'));
    expect(host.element.parentNode).toBe(document.documentElement);
    player.remove();
  });

  it('removes itself, leaving the page as it was, when its activation ends', () => {
    const before = document.documentElement.outerHTML;
    const host = createCardHost(document, '', () => {}, life.signal);
    host.show();
    life.abort();
    expect(host.element.isConnected).toBe(false);
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
