// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CardController, HoverCardOptions } from './card/start-hover-card.ts';
import { provideHoverCard, startHoverCardWhenReady } from './card-slot.ts';
import type { Mention } from './mention-index.ts';

let global: object;
let life: AbortController;

function fakeCard() {
  const mention = { companyId: 'xiaomi' } as Mention;
  const card: CardController = { open: vi.fn(), close: vi.fn(), current: vi.fn(() => mention) };
  return { start: vi.fn<(opts: HoverCardOptions) => CardController>(() => card), card };
}

const options = (): HoverCardOptions =>
  ({ doc: document, signal: life.signal }) as unknown as HoverCardOptions;

beforeEach(() => {
  vi.useFakeTimers();
  global = {};
  life = new AbortController();
});
afterEach(() => {
  life.abort();
  vi.useRealTimers();
});

describe('startHoverCardWhenReady', () => {
  it('starts the card script’s card in a task of its own, and hands calls on to it', () => {
    const { start, card } = fakeCard();
    provideHoverCard(start, global);
    const opts = options();
    const controller = startHoverCardWhenReady(opts, global);
    expect(start).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(start).toHaveBeenCalledExactlyOnceWith(opts);

    const mention = { companyId: 'zte' } as Mention;
    controller.open(mention, { focus: true });
    expect(card.open).toHaveBeenCalledWith(mention, { focus: true });
    expect(controller.current()?.companyId).toBe('xiaomi');
    controller.close();
    expect(card.close).toHaveBeenCalledOnce();
  });

  it('waits for a card script that arrives later, with no card until then', () => {
    const { start, card } = fakeCard();
    const controller = startHoverCardWhenReady(options(), global);
    controller.open({ companyId: 'zte' } as Mention, { focus: false });
    expect(controller.current()).toBeUndefined();
    vi.runAllTimers();

    provideHoverCard(start, global);
    vi.runAllTimers();
    expect(start).toHaveBeenCalledOnce();
    expect(card.open).not.toHaveBeenCalled();
    expect(controller.current()?.companyId).toBe('xiaomi');
  });

  it('never starts a card for an activation that ended first', () => {
    const early = fakeCard();
    startHoverCardWhenReady(options(), global);
    life.abort();
    provideHoverCard(early.start, global);
    vi.runAllTimers();
    expect(early.start).not.toHaveBeenCalled();

    // Ended between the script's arrival and the task that would have started the card.
    life = new AbortController();
    startHoverCardWhenReady(options(), global);
    life.abort();
    vi.runAllTimers();
    expect(early.start).not.toHaveBeenCalled();
  });

  it('keeps each extension world’s slot to itself', () => {
    const { start } = fakeCard();
    provideHoverCard(start, {});
    startHoverCardWhenReady(options(), global);
    vi.runAllTimers();
    expect(start).not.toHaveBeenCalled();
  });
});
