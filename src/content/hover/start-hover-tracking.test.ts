// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Mention, MentionIndex } from '../mention-index.ts';
import { startHoverTracking } from './start-hover-tracking.ts';

// jsdom has no layout: the text under the pointer is stubbed. "Xiaomi" occupies x 100-150, y 0-20.
let text: Text;
let mention: Mention;
let cardHost: HTMLElement;
let life: AbortController;
const onOpen = vi.fn();
const onClose = vi.fn();

function start(delayMs = 200) {
  return startHoverTracking({
    doc: document,
    index: {
      at: (node: Node, offset: number) =>
        node === text && offset >= 10 && offset < 16 ? mention : undefined,
    } as unknown as MentionIndex,
    delayMs,
    isCard: (target) => target === cardHost,
    onOpen,
    onClose,
    signal: life.signal,
  });
}

function move(x: number, y: number, init: PointerEventInit = {}, target: EventTarget = document.body) {
  target.dispatchEvent(
    new PointerEvent('pointermove', { clientX: x, clientY: y, pointerType: 'mouse', bubbles: true, ...init }),
  );
  vi.advanceTimersToNextFrame(); // moves are handled once per animation frame
}

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<p>Phones by Xiaomi sell well</p>';
  text = document.querySelector('p')?.firstChild as Text;
  mention = {
    id: 1,
    companyId: 'xiaomi',
    range: { getClientRects: () => [new DOMRect(100, 0, 50, 20)] } as unknown as Range,
  };
  Object.assign(document, {
    elementFromPoint: () => document.querySelector('p'),
    caretPositionFromPoint: (x: number) => ({ offsetNode: text, offset: Math.floor(x / 10) }),
  });
  cardHost = document.createElement('company-lens-card');
  document.documentElement.append(cardHost);
  life = new AbortController();
  onOpen.mockClear();
  onClose.mockClear();
});
afterEach(() => {
  life.abort();
  cardHost.remove();
  vi.useRealTimers();
});

describe('startHoverTracking', () => {
  it('opens the card once the pointer rests on a mention, with the pointer position', () => {
    start();
    move(120, 10);
    vi.advanceTimersByTime(150);
    expect(onOpen).not.toHaveBeenCalled();
    vi.advanceTimersByTime(50);
    expect(onOpen).toHaveBeenCalledWith(mention, { pinned: false, point: { x: 120, y: 10 } });
  });

  it('uses the delay from the settings', () => {
    start(500);
    move(120, 10);
    vi.advanceTimersByTime(400);
    expect(onOpen).not.toHaveBeenCalled();
    vi.advanceTimersByTime(150);
    expect(onOpen).toHaveBeenCalledOnce();
  });

  it('shows nothing over plain text', () => {
    start();
    move(30, 10);
    vi.advanceTimersByTime(1000);
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('does not open while a button is down, or right after typing', () => {
    start();
    move(120, 10, { buttons: 1 });
    vi.advanceTimersByTime(1000);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    move(121, 10);
    vi.advanceTimersByTime(300);
    expect(onOpen).not.toHaveBeenCalled();
    vi.advanceTimersByTime(600);
    move(122, 10);
    vi.advanceTimersByTime(250);
    expect(onOpen).toHaveBeenCalledOnce();
  });

  it('ignores touch and pen movement', () => {
    start();
    move(120, 10, { pointerType: 'touch' });
    vi.advanceTimersByTime(1000);
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('opens from mouse events alone, for a page that stops pointer events before us', () => {
    start();
    document.body.dispatchEvent(new MouseEvent('mousemove', { clientX: 120, clientY: 10, bubbles: true }));
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(200);
    expect(onOpen).toHaveBeenCalledWith(mention, { pinned: false, point: { x: 120, y: 10 } });
  });

  it('ignores the mouse events that a touch fires after it', () => {
    start();
    document.body.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', bubbles: true }));
    document.body.dispatchEvent(new MouseEvent('mousemove', { clientX: 120, clientY: 10, bubbles: true }));
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(1000);
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('keeps the card while the pointer moves into it, closes after a grace once it leaves', () => {
    start();
    move(120, 10);
    vi.advanceTimersByTime(200);
    move(120, 30); // the gap between mention and card
    move(120, 40, {}, cardHost);
    vi.advanceTimersByTime(2000);
    expect(onClose).not.toHaveBeenCalled();
    move(400, 400);
    vi.advanceTimersByTime(299);
    expect(onClose).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('pins on a click on the mention; a click elsewhere closes only an unpinned card; Escape closes either', () => {
    const tracking = start();
    document.body.dispatchEvent(new MouseEvent('click', { clientX: 110, clientY: 5, bubbles: true }));
    expect(onOpen).toHaveBeenCalledWith(mention, { pinned: true, point: { x: 110, y: 5 } });
    move(400, 400);
    vi.advanceTimersByTime(5000);
    expect(onClose).not.toHaveBeenCalled();
    cardHost.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onClose).not.toHaveBeenCalled();
    document.body.dispatchEvent(new MouseEvent('click', { clientX: 5, clientY: 5, bubbles: true }));
    expect(onClose, 'a pinned card stays open on a click elsewhere').not.toHaveBeenCalled();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(onClose).toHaveBeenCalledOnce();
    tracking.show(mention, false);
    document.body.dispatchEvent(new MouseEvent('click', { clientX: 5, clientY: 5, bubbles: true }));
    expect(onClose).toHaveBeenCalledTimes(2);
    tracking.show(mention, false);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(onClose).toHaveBeenCalledTimes(3);
    expect(tracking.current()).toBeUndefined();
  });

  it('stops listening when its activation ends', () => {
    start();
    move(120, 10);
    life.abort();
    vi.advanceTimersByTime(1000);
    move(121, 10);
    vi.advanceTimersByTime(1000);
    expect(onOpen).not.toHaveBeenCalled();
  });
});
