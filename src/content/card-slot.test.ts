// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CardView, HoverCardOptions } from './card/start-hover-card.ts';
import { provideHoverCard, startHoverCardWhenReady } from './card-slot.ts';
import type { Mention } from './mention-index.ts';

let global: object;
let life: AbortController;
let requestCard: ReturnType<typeof vi.fn<() => void>>;

function fakeCard() {
  const view: CardView = {
    open: vi.fn(),
    close: vi.fn(),
    current: vi.fn(),
    show: vi.fn(),
    hide: vi.fn(),
    isCard: vi.fn(() => false),
  };
  return { start: vi.fn<(opts: HoverCardOptions) => CardView>(() => view), view };
}

const options = () =>
  ({
    doc: document,
    index: { all: () => [] },
    settings: { hoverDelayMs: 300 },
    requestCard,
    signal: life.signal,
  }) as unknown as HoverCardOptions & { requestCard(): void };

const mention = { companyId: 'zte' } as Mention;

beforeEach(() => {
  vi.useFakeTimers();
  global = {};
  life = new AbortController();
  requestCard = vi.fn<() => void>();
});
afterEach(() => {
  life.abort();
  vi.useRealTimers();
});

describe('startHoverCardWhenReady', () => {
  it('asks for the card only when one is wanted, then opens what was asked for, in a task of its own', () => {
    const { start, view } = fakeCard();
    const controller = startHoverCardWhenReady(options(), global);
    vi.runAllTimers();
    expect(requestCard).not.toHaveBeenCalled();

    controller.open(mention, { focus: true });
    expect(requestCard).toHaveBeenCalledOnce();
    // Opened in the tracking at once: next and previous step on from it.
    expect(controller.current()).toBe(mention);

    provideHoverCard(start, global);
    expect(start).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(start).toHaveBeenCalledOnce();
    expect(view.open).toHaveBeenCalledExactlyOnceWith(mention, { focus: true });

    controller.open(mention, { focus: false });
    expect(view.open).toHaveBeenLastCalledWith(mention, { focus: false });
    expect(requestCard).toHaveBeenCalledOnce();
  });

  it('uses a card script already here without asking, and shows nothing that was closed meanwhile', () => {
    const { start, view } = fakeCard();
    provideHoverCard(start, global);
    const controller = startHoverCardWhenReady(options(), global);
    controller.open(mention, { focus: false });
    controller.close();
    vi.runAllTimers();
    expect(requestCard).not.toHaveBeenCalled();
    expect(start).toHaveBeenCalledOnce();
    expect(view.open).not.toHaveBeenCalled();
    expect(view.show).not.toHaveBeenCalled();
  });

  it('never starts a card for an activation that ended first', () => {
    const early = fakeCard();
    startHoverCardWhenReady(options(), global).open(mention, { focus: false });
    life.abort();
    provideHoverCard(early.start, global);
    vi.runAllTimers();
    expect(early.start).not.toHaveBeenCalled();

    // Ended between the script's arrival and the task that would have started the card.
    life = new AbortController();
    startHoverCardWhenReady(options(), global).open(mention, { focus: false });
    life.abort();
    vi.runAllTimers();
    expect(early.start).not.toHaveBeenCalled();
  });

  it('keeps each extension world’s slot to itself', () => {
    const { start } = fakeCard();
    provideHoverCard(start, {});
    startHoverCardWhenReady(options(), global).open(mention, { focus: false });
    vi.runAllTimers();
    expect(start).not.toHaveBeenCalled();
    expect(requestCard).toHaveBeenCalledOnce();
  });
});
